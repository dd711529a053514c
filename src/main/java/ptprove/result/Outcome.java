package ptprove.result;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Obligation;

/**
 * What solving one obligation produced: data, never an exception. {@code model} lists the obligation's variables
 * with their values when the verdict is refuted or witnessed (empty otherwise); {@code reason} explains unknown
 * and error verdicts. {@code others} holds further counterexamples of a refuted theorem when all were asked for
 * ({@code check --all}): one model per further part of the claim that fails (a level, a region), each with the
 * same variables as {@code model}; empty otherwise.
 */
public record Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint,
                      List<Value> model, String reason, List<List<Value>> others) {

    /** A variable's value in the solver's model, as an unsigned number (booleans as 0/1). */
    public record Value(Obligation.Variable variable, long value) {}

    public Outcome {
        model = List.copyOf(model);
        List<List<Value>> copy = new ArrayList<>();
        for (List<Value> m : others) copy.add(List.copyOf(m));
        others = List.copyOf(copy);
    }

    /** One model at most. */
    public Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint, List<Value> model,
                   String reason) {
        this(obligation, verdict, millis, fingerprint, model, reason, List.of());
    }

    /** The same outcome with {@code model} as its only model (to replay or render one of {@link #others}). */
    public Outcome withModel(List<Value> model) {
        return new Outcome(obligation, verdict, millis, fingerprint, model, reason, List.of());
    }

    /** The same outcome with only these further models (e.g. one per distinct class). */
    public Outcome withOthers(List<List<Value>> others) {
        return new Outcome(obligation, verdict, millis, fingerprint, model, reason, others);
    }
}
