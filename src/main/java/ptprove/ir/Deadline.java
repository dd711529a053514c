package ptprove.ir;

/**
 * The wall-clock deadline of the obligation the current thread is working on, so that {@code --timeout-ms}
 * bounds the whole obligation: elaborating it (inlining fns whose arguments differ at every call can build
 * exponentially many terms), rendering its query (for the fingerprint and the cache key) and building its Z3 terms
 * can each be as costly as solving, and used to run unbounded before Z3's own timeout started (issue #13, item
 * 12). The elaborator and a solver worker {@link #start} the clock when they take an obligation up; their loops
 * {@link #tick} it and throw {@link Expired}, which becomes {@code unknown (timeout)}. Per thread, because each
 * thread works on one obligation at a time. Lives in {@code ir} because both the elaborator and the lowering use it.
 */
public final class Deadline {
    private static final ThreadLocal<long[]> CLOCK = new ThreadLocal<>();
    private static final int EVERY = 4096;

    private Deadline() {}

    /** The obligation's time ran out before it reached the solver. */
    public static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super("timeout before solving", null, false, false);
        }
    }

    /** Starts this thread's clock now; {@code timeoutMs} 0 means no deadline (only the start is kept). */
    public static void start(long timeoutMs) {
        long now = System.nanoTime();
        CLOCK.set(new long[] {now, now + timeoutMs * 1_000_000, 0, timeoutMs > 0 ? 1 : 0});
    }

    /** This thread works on no obligation any more. */
    public static void clear() {
        CLOCK.remove();
    }

    /** When this thread's clock started, or {@code otherwise} when none runs. */
    public static long startedAt(long otherwise) {
        long[] c = CLOCK.get();
        return c == null ? otherwise : c[0];
    }

    /** Called per node or step by a loop: every {@value #EVERY} calls, throws {@link Expired} past the deadline. */
    public static void tick() {
        long[] c = CLOCK.get();
        if (c == null || c[3] == 0 || ++c[2] % EVERY != 0) return;
        if (System.nanoTime() - c[1] > 0) throw new Expired();
    }
}
