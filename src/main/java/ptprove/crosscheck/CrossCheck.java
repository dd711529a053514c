package ptprove.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import ptprove.files.AtomicFiles;
import ptprove.files.TempFiles;
import ptprove.ir.Obligation;
import ptprove.lower.SmtLib;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * Re-solves Z3's obligations with a second solver and compares. Each obligation with a definite Z3 verdict is
 * asked as its standalone {@link SmtScripts#query query}; when the verdict rests on the assumptions being
 * satisfiable (proved, unwitnessed) or unsatisfiable (vacuous), the {@link SmtScripts#assumptions assumptions}
 * are asked too. The expected answers:
 *
 * <pre>
 *   z3 verdict     query   assumptions
 *   proved         unsat   sat   (not asked when there are none)
 *   refuted        sat     -
 *   witnessed      sat     -
 *   unwitnessed    unsat   sat   (not asked when there are none)
 *   vacuous        unsat   unsat
 * </pre>
 *
 * Any definite answer against that is a disagreement: one of the solvers, or ptprove's lowering to SMT-LIB (Z3
 * gets its terms through the API, the other solver through the text), is wrong. {@code unknown} on either side
 * means not compared. A script the other solver rejects or crashes on is an error, since a standard solver
 * rejecting our SMT-LIB is a bug in ptprove.
 *
 * <p>Identical questions are asked once: many obligations share their query text across configurations, and
 * most share their assumptions (2074 obligations of the arm64 specs make 613 distinct queries and 113 distinct
 * assumption sets). Each distinct script is written to a fresh work folder and asked from there (one process
 * per script, see {@link Cvc5}). For every obligation that does not agree, its own scripts (with a header
 * naming it) are kept in that folder under their {@code export-smt} names; everything else is deleted.
 */
public final class CrossCheck {
    private final ExternalSolver solver;
    private final int jobs;
    private final long timeoutMs;
    private final Path workParent;

    /**
     * @param timeoutMs  per script; 0 for none
     * @param workParent where the work folder is created (e.g. the system's temporary folder)
     */
    public CrossCheck(ExternalSolver solver, int jobs, long timeoutMs, Path workParent) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        if (timeoutMs < 0) throw new IllegalArgumentException("timeout must not be negative");
        this.solver = solver;
        this.jobs = jobs;
        this.timeoutMs = timeoutMs;
        this.workParent = workParent;
    }

    public enum Status {
        AGREE("agree"), DISAGREE("disagree"), NOT_COMPARED("not compared"), ERROR("error");
        private final String word;
        Status(String word) { this.word = word; }
        public String word() { return word; }
    }

    /**
     * One obligation's comparison.
     *
     * @param query             the other solver's answer to the query, or null when it was not asked (Z3 had no
     *                          verdict)
     * @param assumptions       its answer to the assumptions alone, or null when not asked
     * @param otherVerdict      the verdict the other solver's answers amount to, in ptprove's words
     * @param reason            why it is not an agreement; empty when it is
     * @param script            the query script, when kept for inspection
     * @param assumptionsScript the assumptions script, when asked and kept
     */
    public record Result(Outcome outcome, Status status, Answer query, Answer assumptions, String otherVerdict,
                         String reason, Path script, Path assumptionsScript) {}

    /** A distinct script: asked once, answering for every obligation that poses it. */
    private static final class Task {
        final String text;
        final Path file;
        volatile Answer answer;

        Task(String text, Path file) {
            this.text = text;
            this.file = file;
        }
    }

    /**
     * Asks the other solver everything the outcomes need, on {@code jobs} threads, and compares.
     * {@code progress} gets a line before the solving starts.
     *
     * @throws IOException when the work folder or a script cannot be written
     */
    public CrossCheckReport run(List<Outcome> outcomes, java.util.function.Consumer<String> progress)
            throws IOException {
        long start = System.nanoTime();
        // tracked: a signal's exit removes it (what a finished run keeps for the user is released below)
        Path work = TempFiles.track(Files.createTempDirectory(Files.createDirectories(workParent),
                "ptprove-cross-check-"));
        Path asked = work.resolve("queries");
        Map<String, Task> tasks = new LinkedHashMap<>();
        List<Task[]> perOutcome = new ArrayList<>();
        for (Outcome out : outcomes) {
            Obligation o = out.obligation();
            if (!isDefinite(out.verdict())) {
                perOutcome.add(null);
                continue;
            }
            Task q = tasks.computeIfAbsent(SmtLib.query(o),
                    k -> new Task(SmtScripts.query(o), asked.resolve(tasks.size() + ".smt2")));
            Task a = null;
            if (expectedAssumptions(out.verdict()) != null && SmtScripts.hasAssumptions(o)) {
                a = tasks.computeIfAbsent(SmtScripts.assumptionsQuery(o),
                        k -> new Task(SmtScripts.assumptions(o), asked.resolve(tasks.size() + ".smt2")));
            }
            perOutcome.add(new Task[] {q, a});
        }
        for (Task t : tasks.values()) AtomicFiles.write(t.file, t.text);
        progress.accept("cross-checking " + outcomes.size() + " obligation" + (outcomes.size() == 1 ? "" : "s")
                + " with " + solver.description() + ": " + tasks.size() + " distinct quer"
                + (tasks.size() == 1 ? "y" : "ies") + " on " + Math.min(jobs, Math.max(1, tasks.size())) + " job"
                + (jobs == 1 ? "" : "s") + " ...");
        solveAll(new ArrayList<>(tasks.values()));

        String name = solver.name();
        List<Result> results = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome out = outcomes.get(i);
            Task[] t = perOutcome.get(i);
            Result r = t == null ? compare(out, null, null, name)
                    : compare(out, t[0].answer, t[1] == null ? null : t[1].answer, name);
            if (r.status() != Status.AGREE && t != null) r = keep(r, t[1] != null, work, names);
            results.add(r);
        }
        deleteTree(asked);
        Path kept = names.isEmpty() ? null : work;
        if (kept == null) deleteTree(work);
        TempFiles.done(work);
        return new CrossCheckReport(solver.description(), timeoutMs, tasks.size(), results, kept,
                (System.nanoTime() - start) / 1e6);
    }

    /**
     * Compares Z3's outcome with the answers of the solver called {@code other} ({@code null} when not asked).
     * Pure: the table in the class comment, as code.
     */
    public static Result compare(Outcome outcome, Answer query, Answer assumptions, String other) {
        Verdict z3 = outcome.verdict();
        if (!isDefinite(z3)) {
            return new Result(outcome, Status.NOT_COMPARED, query, assumptions, "", "z3 says " + z3.word(), null, null);
        }
        boolean theorem = outcome.obligation().kind() == Obligation.Kind.THEOREM;
        if (query == null) {
            throw new IllegalArgumentException("a definite verdict needs the query's answer: " + outcome.obligation().id());
        }
        Answer.Kind wantAssumptions = expectedAssumptions(z3);
        if (wantAssumptions != null && SmtScripts.hasAssumptions(outcome.obligation()) && assumptions == null) {
            throw new IllegalArgumentException("verdict " + z3.word() + " needs the assumptions' answer: "
                    + outcome.obligation().id());
        }
        String verdict = otherVerdict(theorem, query, assumptions);
        String says = "z3 says " + z3.word() + ", " + other + " says " + verdict;
        Answer.Kind wantQuery = expectedQuery(z3);
        if (query.isDefinite() && query.kind() != wantQuery) {
            return new Result(outcome, Status.DISAGREE, query, assumptions, verdict, says + ": " + other
                    + " answered " + query.kind().word() + " to the query (" + z3.word() + " needs " + wantQuery.word()
                    + ")", null, null);
        }
        if (assumptions != null && wantAssumptions != null && assumptions.isDefinite()
                && assumptions.kind() != wantAssumptions) {
            return new Result(outcome, Status.DISAGREE, query, assumptions, verdict, says + ": " + other
                    + " answered " + assumptions.kind().word() + " to the assumptions alone (" + z3.word() + " needs "
                    + wantAssumptions.word() + ")", null, null);
        }
        for (Answer a : new Answer[] {query, assumptions}) {
            if (a != null && a.kind() == Answer.Kind.ERROR) {
                return new Result(outcome, Status.ERROR, query, assumptions, verdict, other + " failed on the "
                        + (a == query ? "query" : "assumptions") + ": " + a.detail(), null, null);
            }
        }
        for (Answer a : new Answer[] {query, assumptions}) {
            if (a != null && !a.isDefinite()) {
                return new Result(outcome, Status.NOT_COMPARED, query, assumptions, verdict, other + " answered "
                        + a + " to the " + (a == query ? "query" : "assumptions alone"), null, null);
            }
        }
        return new Result(outcome, Status.AGREE, query, assumptions, verdict, "", null, null);
    }

    /** What the other solver's answers say in ptprove's words: {@code refuted}, {@code proved}, {@code vacuous} … */
    static String otherVerdict(boolean theorem, Answer query, Answer assumptions) {
        if (query == null) return "not asked";
        return switch (query.kind()) {
            case SAT -> theorem ? "refuted" : "witnessed";
            case UNSAT -> {
                String holds = theorem ? "proved" : "unwitnessed";
                if (assumptions == null) yield holds + " or vacuous";
                yield switch (assumptions.kind()) {
                    case SAT -> holds;
                    case UNSAT -> "vacuous";
                    default -> holds + " or vacuous";
                };
            }
            case UNKNOWN -> "unknown";
            case ERROR -> "error";
        };
    }

    private static boolean isDefinite(Verdict v) {
        return v != Verdict.UNKNOWN && v != Verdict.ERROR;
    }

    private static Answer.Kind expectedQuery(Verdict v) {
        return v == Verdict.REFUTED || v == Verdict.WITNESSED ? Answer.Kind.SAT : Answer.Kind.UNSAT;
    }

    /** Null when the verdict says nothing the query does not already say about the assumptions. */
    private static Answer.Kind expectedAssumptions(Verdict v) {
        return switch (v) {
            case PROVED, UNWITNESSED -> Answer.Kind.SAT;
            case VACUOUS -> Answer.Kind.UNSAT;
            default -> null;
        };
    }

    /**
     * Writes the obligation's own scripts (the question asked, under a header naming this obligation) under
     * their export-smt names, made unique within the run since two specs may share a stem.
     */
    private static Result keep(Result r, boolean assumptionsAsked, Path work, Set<String> taken) throws IOException {
        Obligation o = r.outcome().obligation();
        String base = SmtScripts.stem(o.spec()) + "/" + SmtScripts.baseName(o);
        String unique = base;
        for (int n = 2; !taken.add(unique); n++) unique = base + "~" + n;
        Path query = work.resolve(unique + SmtScripts.QUERY_SUFFIX);
        AtomicFiles.write(query, SmtScripts.query(o));
        Path assumptions = null;
        if (assumptionsAsked) {
            assumptions = work.resolve(unique + SmtScripts.ASSUMPTIONS_SUFFIX);
            AtomicFiles.write(assumptions, SmtScripts.assumptions(o));
        }
        return new Result(r.outcome(), r.status(), r.query(), r.assumptions(), r.otherVerdict(), r.reason(), query,
                assumptions);
    }

    /** Largest scripts first, so the long queries do not start last and leave one job running alone. */
    private void solveAll(List<Task> all) {
        if (all.isEmpty()) return;
        all.sort(Comparator.comparingInt((Task t) -> t.text.length()).reversed());
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, all.size()), r -> {
            Thread t = new Thread(r, "ptprove-cross-check-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task t : all) futures.add(pool.submit(() -> t.answer = solveOne(t)));
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("solveOne does not throw", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while cross-checking");
        } finally {
            pool.shutdownNow();
        }
    }

    private Answer solveOne(Task t) {
        try {
            Answer a = solver.solve(t.file, timeoutMs);
            return a == null ? new Answer(Answer.Kind.ERROR, "no answer from the runner", 0) : a;
        } catch (RuntimeException e) {
            return new Answer(Answer.Kind.ERROR, "runner failed: " + e, 0);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
