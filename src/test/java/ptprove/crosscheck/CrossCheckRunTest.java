package ptprove.crosscheck;

import ptprove.report.CrossCheckRenderer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.lower.Samples;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.Budget;
import ptprove.solve.SolverSession;

/** {@link CrossCheck#run}: what is asked, how often, what is kept, and real cvc5 against real Z3. */
class CrossCheckRunTest {
    @TempDir Path tmp;

    /** Answers by looking at the script: a stand-in for a solver, counting what it is asked. */
    private static final class ScriptedSolver implements ExternalSolver {
        final Function<String, Answer> answer;
        final AtomicInteger calls = new AtomicInteger();
        final Map<String, Integer> asked = new ConcurrentHashMap<>();

        ScriptedSolver(Function<String, Answer> answer) { this.answer = answer; }

        @Override public String name() { return "cvc5"; }
        @Override public String description() { return "cvc5 9.9.9"; }

        @Override public Answer solve(Path file, long timeoutMs) {
            calls.incrementAndGet();
            try {
                String text = Files.readString(file);
                asked.merge(text, 1, Integer::sum);
                return answer.apply(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Query unsat, assumptions sat: what a proved theorem implies. */
    private static Answer honest(String script) {
        return Answer.of(script.startsWith("; ptprove: the assumptions") ? Answer.Kind.SAT : Answer.Kind.UNSAT);
    }

    private static Obligation inConfig(Obligation o, int p) {
        return new Obligation(o.spec(), p, o.name(), o.kind(), o.span(),
                new Config(List.of(new Config.Entry("P", p, false))), o.width(), o.variables(), o.assumptions(),
                o.claim());
    }

    private static List<Outcome> provedInThreeConfigs() {
        List<Outcome> out = new ArrayList<>();
        for (int p = 1; p <= 3; p++) out.add(new Outcome(inConfig(Samples.alignedAdd(), p), Verdict.PROVED, 1, "", List.of(), null));
        return out;
    }

    private List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void eachDistinctQuestionIsAskedOnceAndAgreementLeavesNothingBehind() throws IOException {
        ScriptedSolver solver = new ScriptedSolver(CrossCheckRunTest::honest);
        List<String> progress = new ArrayList<>();
        CrossCheckReport r = new CrossCheck(solver, 2, 1000, tmp).run(provedInThreeConfigs(), progress::add);
        // three configurations with the same query text: one query and one assumptions question
        assertEquals(2, solver.calls.get());
        assertEquals(2, r.queries());
        assertEquals(3, r.count(CrossCheck.Status.AGREE));
        assertFalse(r.failed());
        assertNull(r.keptScripts());
        assertEquals(List.of(), filesUnder(tmp), "the work folder is removed");
        assertEquals(List.of("cross-checking 3 obligations with cvc5 9.9.9: 2 distinct queries on 2 jobs ..."),
                progress);
        assertEquals("cross-check cvc5 9.9.9: 3 agree, 0 disagree, 0 not compared (2 distinct queries)\n",
                new CrossCheckRenderer(r).renderText(false));
    }

    @Test
    void disagreementsKeepEachObligationsOwnScripts() throws IOException {
        ScriptedSolver solver = new ScriptedSolver(s -> Answer.of(Answer.Kind.SAT));
        CrossCheckReport r = new CrossCheck(solver, 1, 0, tmp).run(provedInThreeConfigs(), s -> {});
        assertTrue(r.failed());
        assertEquals(3, r.count(CrossCheck.Status.DISAGREE));
        Path kept = r.keptScripts();
        assertNotNull(kept);
        assertEquals(List.of(kept.resolve("test/aligned_add__P=1.assumptions.smt2"),
                kept.resolve("test/aligned_add__P=1.smt2"),
                kept.resolve("test/aligned_add__P=2.assumptions.smt2"),
                kept.resolve("test/aligned_add__P=2.smt2"),
                kept.resolve("test/aligned_add__P=3.assumptions.smt2"),
                kept.resolve("test/aligned_add__P=3.smt2")), filesUnder(kept));
        CrossCheck.Result second = r.results().get(1);
        assertEquals(kept.resolve("test/aligned_add__P=2.smt2"), second.script());
        assertTrue(Files.readString(second.script()).contains("; config: P=2\n"), "header names its own config");
        assertTrue(Files.readString(second.assumptionsScript()).contains("; config: P=2\n"));

        String text = new CrossCheckRenderer(r).renderText(false);
        assertTrue(text.contains("cross-check DISAGREE: theorem specs/test.ptl aligned_add [P=2]: z3 says proved,"
                + " cvc5 says refuted: cvc5 answered sat to the query (proved needs unsat)\n    query: "
                + second.script() + "\n    assumptions: " + second.assumptionsScript() + "\n"), text);
        assertTrue(text.endsWith("cross-check cvc5 9.9.9: 0 agree, 3 disagree, 0 not compared (2 distinct queries)\n"));
        String message = new CrossCheckRenderer(r).failureMessage();
        assertTrue(message.contains("cvc5 and z3 disagree on 3 obligations"), message);
        assertTrue(message.contains("scripts kept in " + kept), message);
    }

    @Test
    void aRunnerThatThrowsGivesErrorsNotACrash() throws IOException {
        ScriptedSolver solver = new ScriptedSolver(s -> { throw new IllegalStateException("boom"); });
        CrossCheckReport r = new CrossCheck(solver, 2, 0, tmp).run(provedInThreeConfigs(), s -> {});
        assertEquals(3, r.count(CrossCheck.Status.ERROR));
        assertTrue(r.failed());
        assertTrue(r.results().get(0).reason().contains("boom"), r.results().get(0).reason());
        assertTrue(new CrossCheckRenderer(r).summaryLine(false).contains("0 not compared, 3 errors"), new CrossCheckRenderer(r).summaryLine(false));
    }

    @Test
    void obligationsZ3GaveUpOnAreNotAskedAndDoNotFail() throws IOException {
        ScriptedSolver solver = new ScriptedSolver(CrossCheckRunTest::honest);
        Outcome unknown = new Outcome(Samples.alignedAdd(), Verdict.UNKNOWN, 1, "", List.of(), "timeout");
        CrossCheckReport r = new CrossCheck(solver, 2, 0, tmp).run(List.of(unknown), s -> {});
        assertEquals(0, solver.calls.get());
        assertEquals(1, r.count(CrossCheck.Status.NOT_COMPARED));
        assertFalse(r.failed());
        assertTrue(new CrossCheckRenderer(r).renderText(false).startsWith("cross-check not compared: theorem specs/test.ptl aligned_add:"
                + " z3 says unknown\n"), new CrossCheckRenderer(r).renderText(false));
    }

    /** Fifty-odd hand-built obligations with every definite verdict, solved by Z3 and then by cvc5. */
    @Test
    void realCvc5AgreesWithZ3OnEveryKindOfVerdict() throws IOException {
        Cvc5 cvc5 = Cvc5Available.require();
        List<Obligation> all = new ArrayList<>(Samples.suite());
        all.add(Samples.alignedAdd());
        all.add(Samples.successorGrows());
        List<Outcome> outcomes = new ArrayList<>();
        try (SolverSession z3 = new SolverSession()) {
            for (Obligation o : all) outcomes.add(z3.solve(o, Budget.NONE));
        }
        for (Verdict v : List.of(Verdict.PROVED, Verdict.REFUTED, Verdict.VACUOUS, Verdict.WITNESSED,
                Verdict.UNWITNESSED)) {
            assertTrue(outcomes.stream().anyMatch(o -> o.verdict() == v), "the suite covers " + v);
        }
        CrossCheckReport r = new CrossCheck(cvc5, 2, 60_000, tmp).run(outcomes, s -> {});
        assertEquals(all.size(), r.count(CrossCheck.Status.AGREE), new CrossCheckRenderer(r).renderText(false));
        assertEquals(List.of(), filesUnder(tmp));
    }
}
