package ptprove.solve;

import com.microsoft.z3.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
import ptprove.ir.Deadline;
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
    private final KnownOutcomes known;
    private final ConfigMode mode;
    /** The call of {@link #prove} in progress, for {@link #cancel} (null between calls). */
    private volatile Run current;
    private volatile boolean cancelled;

    /**
     * How a prover runs.
     *
     * @param jobs               worker threads (at least 1)
     * @param budget             per obligation
     * @param known              asked before solving and offered what was solved (the result cache)
     * @param mode               configurations one by one, or a property's configurations together
     * @param allCounterexamples a refuted theorem's outcome carries one counterexample per failing part of its
     *                           claim ({@link Outcome#others()}), not just the first
     */
    public record Settings(int jobs, Budget budget, KnownOutcomes known, ConfigMode mode, boolean allCounterexamples) {
        public Settings {
            if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }

        /** {@code jobs} workers, each obligation within {@code budget}; nothing known, one configuration at a time. */
        public static Settings of(int jobs, Budget budget) {
            return new Settings(jobs, budget, KnownOutcomes.NONE, ConfigMode.PER_CONFIG, false);
        }

        public Settings withKnown(KnownOutcomes k) { return new Settings(jobs, budget, k, mode, allCounterexamples); }
        public Settings withMode(ConfigMode m) { return new Settings(jobs, budget, known, m, allCounterexamples); }
        public Settings withAllCounterexamples(boolean all) { return new Settings(jobs, budget, known, mode, all); }
    }

    /** {@code jobs} workers (at least 1), each obligation within {@code budget}, configurations one by one. */
    public Prover(int jobs, Budget budget) {
        this(Settings.of(jobs, budget));
    }

    public Prover(Settings settings) {
        this(settings, sessions(new VacuityCache(), settings.allCounterexamples()));
    }

    /** With engines of the caller's (tests script solver behaviour through this). */
    Prover(Settings settings, Supplier<? extends Engine> engines) {
        this.jobs = settings.jobs();
        this.budget = settings.budget();
        this.engines = engines;
        this.known = settings.known();
        this.mode = settings.mode();
    }

    private static Supplier<SolverSession> sessions(VacuityCache shared, boolean all) {
        return () -> new SolverSession(shared, all);
    }

    public static int defaultJobs() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Starts loading Z3's native library in the background (once per process): for a caller that will soon ask
     * for obligations to be solved or looked up, so that the load overlaps with its own work.
     */
    public static void loadSolverSoon() {
        SolverLoading.start();
    }

    /** {@code Z3 4.14.1.0}, for {@code --version} and reports. */
    public static String solverVersion() {
        return SolverOptions.z3Version();
    }

    public int jobs() { return jobs; }
    public Budget budget() { return budget; }
    public ConfigMode mode() { return mode; }
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
        Run run = new Run(work, units(work));
        int threads = Math.min(jobs, run.units.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        boolean finished = false;
        current = run;
        if (cancelled) run.cancel();
        try {
            for (int w = 0; w < threads; w++) {
                run.active.incrementAndGet();
                pool.execute(run::work);
            }
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
            current = null;
        }
    }

    /**
     * Stops solving from any thread (a signal's shutdown hook): running solves are interrupted (Z3 stops within
     * milliseconds; their verdict is unknown, "interrupted"), no further obligation starts, and every obligation
     * not solved yet is completed as unknown, so {@link #prove} returns soon. Later calls of {@link #prove} on
     * this prover return at once, everything unknown. Then waits at most {@code waitMillis} for the workers to
     * leave Z3 and close their contexts, so the process does not exit while native code still runs.
     *
     * @return whether every worker had stopped within {@code waitMillis}
     */
    public boolean cancel(long waitMillis) {
        cancelled = true;
        Run run = current;
        if (run == null) return true;
        run.cancel();
        return run.awaitStopped(waitMillis);
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

    /**
     * The work a worker takes at once, as {from, to} index ranges: each obligation alone, or in symbolic mode
     * each run of obligations of one property (the elaborator lists a property's configurations together).
     */
    private List<int[]> units(List<Obligation> work) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= work.size(); i++) {
            if (i == work.size() || mode == ConfigMode.PER_CONFIG || !sameProperty(work.get(from), work.get(i))) {
                out.add(new int[] {from, i});
                from = i;
            }
        }
        return out;
    }

    private static boolean sameProperty(Obligation a, Obligation b) {
        return a.spec().equals(b.spec()) && a.name().equals(b.name()) && a.kind() == b.kind();
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
        final List<int[]> units;
        final List<CompletableFuture<Outcome>> slots = new ArrayList<>();
        final AtomicInteger next = new AtomicInteger();
        final AtomicBoolean stopped = new AtomicBoolean();
        final List<Worker> workers = new ArrayList<>(); // guarded by itself
        /** Workers started and not yet finished (their contexts closed). */
        final AtomicInteger active = new AtomicInteger();

        Run(List<Obligation> work, List<int[]> units) {
            this.work = work;
            this.units = units;
            for (int i = 0; i < work.size(); i++) slots.add(new CompletableFuture<>());
        }

        /**
         * A worker thread's life: take obligations until none are left; answer known ones without a solver and
         * open a session at the first unknown one (a fully cached run never loads a Z3 context); close it.
         */
        void work() {
            Worker worker = new Worker();
            synchronized (workers) {
                workers.add(worker);
            }
            try {
                boolean opened = false;
                String startFailure = null;
                int u;
                while (!stopped.get() && (u = next.getAndIncrement()) < units.size()) {
                    int from = units.get(u)[0];
                    int to = units.get(u)[1];
                    Deadline.start(budget.timeoutMs()); // the budget covers the cache key and the lowering too
                    // known outcomes first; the rest of the unit is solved together
                    List<Integer> missed = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        Obligation o = work.get(i);
                        Outcome hit = o.elaborated() ? lookup(o) : unelaborated(o);
                        if (hit != null) slots.get(i).complete(hit); else missed.add(i);
                    }
                    if (missed.isEmpty()) continue;
                    if (!opened) {
                        startFailure = worker.open(engines);
                        opened = true;
                    }
                    List<Obligation> group = new ArrayList<>();
                    for (int i : missed) group.add(work.get(i));
                    List<Outcome> done = startFailure != null ? null : worker.solve(group);
                    for (int k = 0; k < missed.size(); k++) {
                        int i = missed.get(k);
                        Outcome solved = done == null ? error(work.get(i), startFailure) : done.get(k);
                        remember(solved); // before completing: once the last slot is done the JVM may exit
                        slots.get(i).complete(solved);
                    }
                }
            } finally {
                Deadline.clear();
                worker.close();
                synchronized (active) {
                    active.decrementAndGet();
                    active.notifyAll();
                }
            }
        }

        /** An obligation whose elaboration used up the budget: unknown, like one whose solving did. */
        private Outcome unelaborated(Obligation o) {
            return new Outcome(o, Verdict.UNKNOWN, budget.timeoutMs(), "", List.of(),
                    Reasons.timeout(budget) + " while elaborating");
        }

        /** A lookup that breaks its promise not to throw is a miss, not a slot left empty forever. */
        private Outcome lookup(Obligation o) {
            try {
                return known.lookup(o);
            } catch (RuntimeException | StackOverflowError e) {
                return null;
            }
        }

        private void remember(Outcome solved) {
            try {
                known.remember(solved);
            } catch (RuntimeException | StackOverflowError e) {
                // the outcome is delivered already; only a later run is slower
            }
        }

        void stop() {
            stopped.set(true);
            synchronized (workers) {
                for (Worker w : workers) w.interrupt();
            }
        }

        /** {@link #stop}, and every obligation not done yet is unknown: nobody will solve it now. */
        void cancel() {
            stop();
            for (int i = 0; i < slots.size(); i++) {
                slots.get(i).complete(new Outcome(work.get(i), Verdict.UNKNOWN, 0, "", List.of(), "interrupted"));
            }
        }

        boolean awaitStopped(long waitMillis) {
            long deadline = System.nanoTime() + waitMillis * 1_000_000;
            synchronized (active) {
                while (active.get() > 0) {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0) return false;
                    try {
                        active.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
            return true;
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

        /** One outcome per obligation of {@code group}, in order. */
        List<Outcome> solve(List<Obligation> group) {
            long start = System.nanoTime();
            try {
                List<Outcome> outcomes = group.size() == 1
                        ? Collections.singletonList(engine.solve(group.get(0), budget))
                        : engine.solveGroup(group, budget);
                if (outcomes.size() != group.size() || outcomes.stream().anyMatch(Objects::isNull)) {
                    throw new IllegalStateException("no outcome");
                }
                return outcomes;
            } catch (Throwable e) { // the engine promises not to throw; if it does, only this group fails
                List<Outcome> out = new ArrayList<>();
                for (Obligation o : group) {
                    out.add(new Outcome(o, Verdict.ERROR, (System.nanoTime() - start) / 1e6, fingerprint(o),
                            List.of(), Reasons.internal(e)));
                }
                return out;
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
