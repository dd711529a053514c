package ptprove.result;

import java.util.List;
import ptprove.ir.Obligation;

/**
 * What solving one obligation produced: data, never an exception. {@code model} lists the obligation's variables
 * with their values when the verdict is refuted or witnessed (empty otherwise); {@code reason} explains unknown
 * and error verdicts.
 */
public record Outcome(Obligation obligation, Verdict verdict, double millis, String fingerprint,
                      List<Value> model, String reason) {

    /** A variable's value in the solver's model, as an unsigned number (booleans as 0/1). */
    public record Value(Obligation.Variable variable, long value) {}

    public Outcome {
        model = List.copyOf(model);
    }
}
