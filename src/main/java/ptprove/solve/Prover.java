package ptprove.solve;

import com.microsoft.z3.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import ptprove.ir.Obligation;
import ptprove.lower.Fingerprint;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * Solves many obligations on {@code jobs} worker threads, each owning one {@link SolverSession} for its whole
 * life. Workers take obligations in input order; outcomes reach the callback in input order, each as soon as it
 * and everything before it are done, so the first verdict appears while the rest are still being solved.
 *
 * <p>Verdicts do not depend on {@code jobs}; models do not either as far as Z3 allows (fresh solver per
 * obligation, fixed seed). A failure on one obligation is an {@link Verdict#ERROR} outcome for that obligation;
 * the others still complete.
 */
public final class Prover {
    private final int jobs;
    private final Budget budget;
    private final Supplier<? extends Engine> engines;

    /** {@code jobs} workers (at least 1), each obligation within {@code budget}. */
    public Prover(int jobs, Budget budget) {
        this(jobs, budget, false);
    }

    /**
     * {@code jobs} workers; with {@code all}, a refuted theorem's outcome carries one counterexample per failing
     * part of its claim ({@link Outcome#others()}), not just the first.
     */
    public Prover(int jobs, Budget budget, boolean all) {
        this(jobs, budget, sessions(new VacuityCache(), all));
    }

    /** One worker per available processor. */
    public Prover(Budget budget) {
        this(defaultJobs(), budget);
    }

    Prover(int jobs, Budget budget, Supplier<? extends Engine> engines) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        this.jobs = jobs;
        this.budget = budget;
        this.engines = engines;
    }

    private static Supplier<SolverSession> sessions(VacuityCache shared, boolean all) {
        return () -> new SolverSession(shared, all);
    }

    public static int defaultJobs() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** {@code Z3 4.14.1.0}, for {@code --version} and reports. */
    public static String solverVersion() {
        return SolverOptions.z3Version();
    }

    public int jobs() { return jobs; }
    public Budget budget() { return budget; }
    public SolverOptions options() { return SolverOptions.of(budget); }

    /** {@link #prove(List, Consumer)} without a callback. */
    public List<Outcome> prove(List<Obligation> obligations) {
        return prove(obligations, outcome -> {});
    }

    /**
     * Solves every obligation and returns the outcomes in input order. {@code onOutcome} is called on the calling
     * thread, in input order, as each prefix completes. If it throws, or the calling thread is interrupted
     * ({@link CancellationException}), running solves are interrupted and no new ones start.
     */
    public List<Outcome> prove(List<Obligation> obligations, Consumer<? super Outcome> onOutcome) {
        List<Obligation> work = List.copyOf(obligations);
        if (work.isEmpty()) return List.of();
        Run run = new Run(work);
        int threads = Math.min(jobs, work.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        boolean finished = false;
        try {
            for (int w = 0; w < threads; w++) pool.execute(run::work);
            List<Outcome> outcomes = new ArrayList<>(work.size());
            for (CompletableFuture<Outcome> slot : run.slots) {
                Outcome outcome = await(slot);
                outcomes.add(outcome);
                onOutcome.accept(outcome);
            }
            finished = true;
            return List.copyOf(outcomes);
        } finally {
            if (!finished) run.stop();
            pool.shutdown();
        }
    }

    private static Outcome await(CompletableFuture<Outcome> slot) {
        try {
            return slot.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the solver");
        } catch (ExecutionException e) {
            throw new IllegalStateException("workers complete slots only normally", e);
        }
    }

    /** For error outcomes: the fingerprint if it can be computed, else empty. */
    private static String fingerprint(Obligation o) {
        try {
            return Fingerprint.of(o);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ptprove-solver-" + count.incrementAndGet());
            t.setDaemon(true); // a worker stuck in native code must not keep the JVM alive
            return t;
        };
    }

    /** One call of {@link #prove}: the shared queue position and one result slot per obligation. */
    private final class Run {
        final List<Obligation> work;
        final List<CompletableFuture<Outcome>> slots = new ArrayList<>();
        final AtomicInteger next = new AtomicInteger();
        final AtomicBoolean stopped = new AtomicBoolean();
        final List<Worker> workers = new ArrayList<>(); // guarded by itself

        Run(List<Obligation> work) {
            this.work = work;
            for (int i = 0; i < work.size(); i++) slots.add(new CompletableFuture<>());
        }

        /** A worker thread's life: open a session, take obligations until none are left, close it. */
        void work() {
            Worker worker = new Worker();
            synchronized (workers) {
                workers.add(worker);
            }
            try {
                String startFailure = worker.open(engines);
                int i;
                while (!stopped.get() && (i = next.getAndIncrement()) < work.size()) {
                    Obligation o = work.get(i);
                    slots.get(i).complete(startFailure != null ? error(o, startFailure) : worker.solve(o));
                }
            } finally {
                worker.close();
            }
        }

        void stop() {
            stopped.set(true);
            synchronized (workers) {
                for (Worker w : workers) w.interrupt();
            }
        }

        private Outcome error(Obligation o, String reason) {
            return new Outcome(o, Verdict.ERROR, 0, fingerprint(o), List.of(), reason);
        }
    }

    /**
     * One worker's engine. Opening, interrupting and closing are serialised, so an interrupt from the calling
     * thread never reaches a context that is already closed.
     */
    private final class Worker {
        private Engine engine;
        private boolean closed;

        /** Returns null, or the reason no engine could be opened. */
        String open(Supplier<? extends Engine> factory) {
            try {
                Engine e = factory.get();
                synchronized (this) {
                    engine = e;
                }
                return null;
            } catch (Throwable e) { // e.g. UnsatisfiedLinkError: every obligation this worker takes says so
                return Reasons.INTERNAL + "cannot start the solver: " + Reasons.describe(e);
            }
        }

        Outcome solve(Obligation o) {
            long start = System.nanoTime();
            try {
                Outcome outcome = engine.solve(o, budget);
                if (outcome == null) throw new IllegalStateException("no outcome");
                return outcome;
            } catch (Throwable e) { // the engine promises not to throw; if it does, only this obligation fails
                return new Outcome(o, Verdict.ERROR, (System.nanoTime() - start) / 1e6, fingerprint(o), List.of(),
                        Reasons.internal(e));
            }
        }

        synchronized void interrupt() {
            if (engine != null && !closed) engine.interrupt();
        }

        synchronized void close() {
            if (closed) return;
            closed = true;
            if (engine == null) return;
            try {
                engine.close();
            } catch (Throwable ignored) {
                // nothing useful to do: the outcomes are already delivered
            }
        }
    }
}
