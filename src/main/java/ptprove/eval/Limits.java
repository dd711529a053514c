package ptprove.eval;

/**
 * Work budgets. Exceeding one is an {@link EvalException} with reason {@link EvalException.Reason#TOO_LARGE},
 * never a hang.
 *
 * @param walkIterations      loop iterations one walk query may execute (all levels together)
 * @param quantifierDomain    largest value domain a nested quantifier may enumerate (2^16 by default)
 * @param quantifierCases     cases one nested quantifier may evaluate (product over its binders)
 * @param assignments         assignments {@link Exhaustive} may try per property and configuration
 */
public record Limits(long walkIterations, long quantifierDomain, long quantifierCases, long assignments) {
    public static final Limits DEFAULT = new Limits(2_000_000, 1L << 16, 1L << 22, 1L << 26);

    public Limits withWalkIterations(long n) { return new Limits(n, quantifierDomain, quantifierCases, assignments); }
    public Limits withAssignments(long n) { return new Limits(walkIterations, quantifierDomain, quantifierCases, n); }
}
