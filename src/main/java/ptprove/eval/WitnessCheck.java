package ptprove.eval;

import java.util.List;

/**
 * The verdict on a claimed walk witness: whether it holds, at which level, why (or why not), and the visits on
 * the way to the claimed address (for a counterexample report).
 */
public record WitnessCheck(boolean holds, LevelValue level, String explanation, List<Visit> trace) {
    public WitnessCheck { trace = List.copyOf(trace); }
}
