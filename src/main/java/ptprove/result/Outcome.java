package ptprove.result;

import java.util.List;
import ptprove.ir.Obligation;

/**
 * What solving one obligation produced: data, never an exception. {@code model} lists the obligation's variables
 * with their values when the verdict is refuted or witnessed (empty otherwise); {@code reason} explains unknown
 * and error verdicts. {@code cached} says the verdict and model were read from the result cache instead of being
 * solved (they are the same as a solve's: the cache is keyed by the query).
 */
public record Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint,
                      List<Value> model, String reason, boolean cached) {

    /** A variable's value in the solver's model, as an unsigned number (booleans as 0/1). */
    public record Value(Obligation.Variable variable, long value) {}

    public Outcome {
        model = List.copyOf(model);
    }

    /** A solved (not cached) outcome. */
    public Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint, List<Value> model,
                   String reason) {
        this(obligation, verdict, millis, fingerprint, model, reason, false);
    }
}
