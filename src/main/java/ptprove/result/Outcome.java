package ptprove.result;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Obligation;

/**
 * What solving one obligation produced: data, never an exception. {@code model} lists the obligation's variables
 * with their values when the verdict is refuted or witnessed (empty otherwise); {@code reason} explains unknown
 * and error verdicts. {@code others} holds further counterexamples of a refuted theorem when all were asked for
 * ({@code check --all}): one model per further part of the claim that fails (a level, a region), each with the
 * same variables as {@code model}; empty otherwise. {@code cached} says the verdict and model were read from the
 * result cache instead of being solved (they are the same as a solve's: the cache is keyed by the query).
 */
public record Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint,
                      List<Value> model, String reason, List<List<Value>> others, boolean cached) {

    /** A variable's value in the solver's model, as an unsigned number (booleans as 0/1). */
    public record Value(Obligation.Variable variable, long value) {}

    public Outcome {
        model = List.copyOf(model);
        List<List<Value>> copy = new ArrayList<>();
        for (List<Value> m : others) copy.add(List.copyOf(m));
        others = List.copyOf(copy);
    }

    /** A solved (not cached) outcome with one model at most. */
    public Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint, List<Value> model,
                   String reason) {
        this(obligation, verdict, millis, fingerprint, model, reason, List.of(), false);
    }

    /** A solved (not cached) outcome with further counterexamples ({@code --all}). */
    public Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint, List<Value> model,
                   String reason, List<List<Value>> others) {
        this(obligation, verdict, millis, fingerprint, model, reason, others, false);
    }

    /** An outcome with one model at most, solved or read from the cache. */
    public Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint, List<Value> model,
                   String reason, boolean cached) {
        this(obligation, verdict, millis, fingerprint, model, reason, List.of(), cached);
    }

    /** The same outcome with {@code model} as its only model (to replay or render one of {@link #others}). */
    public Outcome withModel(List<Value> model) {
        return new Outcome(obligation, verdict, millis, fingerprint, model, reason, List.of(), cached);
    }

    /** The same outcome with only these further models (e.g. one per distinct class). */
    public Outcome withOthers(List<List<Value>> others) {
        return new Outcome(obligation, verdict, millis, fingerprint, model, reason, others, cached);
    }
}
