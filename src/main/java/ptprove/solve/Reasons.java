package ptprove.solve;

/** Readable reasons for unknown and error verdicts. */
final class Reasons {
    private Reasons() {}

    static final String INTERNAL = "internal: ";

    /** {@code internal: ExceptionClass: first line of the message}. */
    static String internal(Throwable e) {
        return INTERNAL + describe(e);
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        if (msg == null || msg.isBlank()) return e.getClass().getSimpleName();
        msg = msg.strip();
        int nl = msg.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl < 0 ? msg : msg.substring(0, nl).strip());
    }

    /**
     * Z3 says {@code canceled}, {@code timeout} or {@code max. resource limit exceeded} depending on which of its
     * solvers ran; the resource counter and the clock tell which limit it really was.
     *
     * @param z3Reason    Z3's reason-unknown text
     * @param used        resource units the obligation used so far
     * @param elapsedMs   wall clock the obligation used so far
     * @param interrupted whether someone called {@link Engine#interrupt}
     */
    static String unknown(String z3Reason, Budget budget, long used, double elapsedMs, boolean interrupted) {
        String raw = z3Reason == null ? "" : z3Reason.strip();
        if (budget.hasRlimit() && (used >= budget.rlimit() || raw.contains("resource"))) return rlimit(budget);
        if (budget.hasTimeout() && (elapsedMs >= budget.timeoutMs() || raw.contains("timeout"))) return timeout(budget);
        if (interrupted) return "interrupted";
        if (budget.hasTimeout() && raw.equals("canceled")) return timeout(budget);
        return raw.isEmpty() ? "unknown" : raw;
    }

    static String rlimit(Budget budget) {
        return "resource limit (rlimit " + budget.rlimit() + ") exhausted";
    }

    static String timeout(Budget budget) {
        return "timeout (" + budget.timeoutMs() + " ms)";
    }
}
