package ptprove.solve;

import com.microsoft.z3.Version;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads Z3's native library on a background thread. Loading it (z3-turnkey extracts the 35 MB library from its
 * jar into a temporary folder every time) takes about half a second, during which a worker that needs a solver
 * would wait; started as soon as a run knows it will look up or solve obligations, it overlaps with compiling the
 * remaining specs. Nothing depends on it having finished: the first solver session waits for the class to be
 * initialised, as it always did, and a failure to load is reported there.
 */
final class SolverLoading {
    private SolverLoading() {}

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    static void start() {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                Version.getMajor();
            } catch (LinkageError | RuntimeException e) {
                // the first session reports it
            }
        }, "ptprove-z3-load");
        t.setDaemon(true); // a run answered without a solver does not wait for it
        t.start();
    }
}
