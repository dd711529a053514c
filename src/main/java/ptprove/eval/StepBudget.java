package ptprove.eval;

/** Counts units of work against a limit; one per query, so a budget never leaks between queries. */
final class StepBudget {
    /** Units counted so far: the one mutable field. */
    private long used;
    private final long limit;
    private final String what;

    StepBudget(long limit, String what) {
        this.limit = limit;
        this.what = what;
    }

    void tick() {
        if (++used > limit) {
            throw new EvalException(EvalException.Reason.TOO_LARGE, null, "too large to replay: " + what
                    + " needs more than " + limit + " steps (raise the limit, or narrow the query)");
        }
    }

    long used() { return used; }
}
