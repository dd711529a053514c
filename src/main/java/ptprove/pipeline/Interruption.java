package ptprove.pipeline;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongPredicate;
import ptprove.files.TempFiles;

/**
 * A check run's answer to SIGINT (Ctrl-C) and SIGTERM. The JVM turns either signal into an orderly exit with
 * status 130 or 143 that first runs the shutdown hooks; Z3's own SIGINT handler is off
 * ({@code solve.Z3Solvers}), so the JVM always hears the signal. The hook installed for the run's duration:
 * <ol>
 * <li>waits (at most {@value #COMMIT_WAIT_MS} ms) for a commit in progress to finish, a record being written
 *     or the report being printed, then forbids further commits: every record is the old one or the new one,
 *     and an interrupted run writes no further record and prints no report;</li>
 * <li>stops the solver with {@code Z3_interrupt}, from this ordinary thread, and waits at most
 *     {@value #SOLVER_WAIT_MS} ms for every worker to close its Z3 context, so the process does not exit while
 *     native code runs;</li>
 * <li>ends child processes (the second solver), waits at most {@value #WRITE_WAIT_MS} ms for files being
 *     written (cache entries, from the workers) and removes temporary files ({@link TempFiles}); nothing new is
 *     written after that.</li>
 * </ol>
 * Then the JVM exits; whatever the run's own thread was doing is cut off there. Commits are the only way the
 * run writes a record or the report ({@link #commit}).
 */
public final class Interruption implements AutoCloseable {
    static final long COMMIT_WAIT_MS = 400;
    static final long SOLVER_WAIT_MS = 400;
    static final long WRITE_WAIT_MS = 300;

    /** Something that must happen whole or not at all. */
    public interface Commit {
        void run() throws IOException;
    }

    private final ReentrantLock commits = new ReentrantLock();
    private final Thread hook = new Thread(this::fire, "ptprove-interrupt");
    private volatile boolean interrupted;
    /** Stops the solver; given the milliseconds it may wait for the workers. */
    private volatile LongPredicate stopSolving = ms -> true;
    /** Whether the JVM exits after {@link #fire}: then temporary files are closed for good. */
    private final boolean exits;

    private Interruption(boolean exits) {
        this.exits = exits;
    }

    /** An interruption that a signal triggers until {@link #close}. */
    public static Interruption onSignals() {
        Interruption i = new Interruption(true);
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /** One no signal reaches (for runs inside another program, and tests that {@link #fire} it themselves). */
    static Interruption manual() {
        return new Interruption(false);
    }

    /** Whether the run was interrupted: from then on nothing is committed. */
    public boolean interrupted() {
        return interrupted;
    }

    /** How to stop the solver once solving has started ({@code Prover::cancel}). */
    void onStop(LongPredicate stop) {
        stopSolving = stop;
        if (interrupted) stop.test(0);
    }

    /**
     * Runs {@code commit} unless the run was interrupted; an interruption that arrives meanwhile waits for it.
     *
     * @return whether it ran
     */
    public boolean commit(Commit commit) throws IOException {
        commits.lock();
        try {
            if (interrupted) return false;
            commit.run();
            return true;
        } finally {
            commits.unlock();
        }
    }

    /** What the signal does (see the class comment); package-private so tests can interrupt a run. */
    void fire() {
        boolean locked = false;
        try {
            locked = commits.tryLock(COMMIT_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        interrupted = true;
        if (locked) commits.unlock();
        stopSolving.test(SOLVER_WAIT_MS);
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        if (exits) {
            TempFiles.removeAllBeforeExit(WRITE_WAIT_MS);
        } else {
            TempFiles.removeAll();
        }
    }

    /** The run is over: a signal now exits the JVM without this hook. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is exiting already (this hook is running or has run), or it was never installed
        }
    }
}
