package ptprove.lower;

/**
 * The wall-clock deadline of the obligation the current thread is working on, so that {@code --timeout-ms}
 * bounds the whole obligation: rendering its query (for the fingerprint and the cache key) and building its Z3
 * terms can be as costly as solving on a large spec, and used to run unbounded before Z3's own timeout started
 * (issue #13, item 12). A solver worker {@link #start}s the clock when it takes an obligation up; the lowering
 * loops {@link #check} it every few thousand nodes and throw {@link Expired}, which the solver reports as
 * {@code unknown (timeout)}. Per thread, because each worker lowers one obligation at a time.
 */
public final class Deadline {
    private static final ThreadLocal<long[]> CLOCK = new ThreadLocal<>();
    private static final int EVERY = 4096;

    private Deadline() {}

    /** The obligation's time ran out while it was being lowered. */
    public static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super("timeout while lowering", null, false, false);
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

    /** Called per node by a lowering loop: every {@value #EVERY} nodes, throws {@link Expired} past the deadline. */
    static void tick() {
        long[] c = CLOCK.get();
        if (c == null || c[3] == 0 || ++c[2] % EVERY != 0) return;
        if (System.nanoTime() - c[1] > 0) throw new Expired();
    }
}
