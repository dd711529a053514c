package ptprove.solve;

/**
 * How much one obligation may cost: {@code timeoutMs} of wall clock and {@code rlimit} units of Z3's resource
 * counter; 0 means no limit. The resource limit is deterministic (same answer on any machine and load), the
 * timeout is not. Both cover the whole obligation: the vacuity check and the query share them. Z3 takes each as
 * a 32-bit unsigned number, so larger values are capped at 4294967294.
 */
public record Budget(long timeoutMs, long rlimit) {
    public static final Budget NONE = new Budget(0, 0);

    public Budget {
        if (timeoutMs < 0 || rlimit < 0) throw new IllegalArgumentException("negative budget: " + timeoutMs + " ms, rlimit " + rlimit);
    }

    public static Budget timeout(long ms) { return new Budget(ms, 0); }
    public static Budget rlimit(long units) { return new Budget(0, units); }

    public boolean hasTimeout() { return timeoutMs > 0; }
    public boolean hasRlimit() { return rlimit > 0; }
}
