package ptprove.result;

/**
 * One configuration of a theorem as {@code ptprove explain} reports it: the explanation (the lines a proof rests
 * on), and for a refuted theorem the counterexample exactly as {@code check} reports it (solved the same way, so
 * minimised, and replayed by the reference evaluator) instead of the explainer's own, unminimised model.
 *
 * @param counterexample check's outcome for the obligation when the explanation is refuted, else null
 * @param replay         the reference evaluator's replay of {@code counterexample}, else null
 */
public record Explained(Explanation explanation, Outcome counterexample, Replay replay) {}
