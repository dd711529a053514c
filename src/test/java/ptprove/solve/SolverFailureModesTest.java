package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.TestSpecs;
import ptprove.cli.Main;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * How solving fails, end to end: a budget gives {@code unknown} with the reason and exit status 4 (through the
 * CLI, in-process), and an exception inside one obligation becomes an {@code error} for that obligation while
 * every other obligation still gets its real verdict and model.
 */
class SolverFailureModesTest {

    /** Factoring a 64-bit semiprime into two 32-bit factors: no small budget finishes it. */
    private static final String HARD = """
            example factor:
              exists x, y where x > 1 && y > 1 && x < (1UL << 32) && y < (1UL << 32):
              x * y == 0xc2a4d8f07ce8d0b7;
            theorem easy: forall x: x + 0 == x;
            theorem wrong: forall x: x != 5;
            """;

    /** The same problem as a premise: the query is trivially unsatisfiable, the vacuity check is the hard part. */
    private static final String HARD_PREMISE = """
            theorem hard_premise:
              forall x, y where x * y == 0xc2a4d8f07ce8d0b7 && x > 1 && y > 1 && x < (1UL << 32) && y < (1UL << 32):
              x + y == y + x;
            """;

    @TempDir Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON:\n" + out, e);
            }
        }

        JsonNode result(String name) {
            for (JsonNode r : json().get("results")) if (r.get("name").asText().equals(name)) return r;
            throw new AssertionError("no result for " + name + ":\n" + out);
        }
    }

    private Run cli(String spec, String... options) throws IOException {
        Path file = dir.resolve("hard.ptl");
        Files.writeString(file, spec);
        List<String> args = new ArrayList<>(List.of("check", "--proofs", dir.resolve("no-proofs").toString()));
        args.addAll(List.of(options));
        args.add(file.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aResourceLimitGivesUnknownWithItsReasonAndExitStatus4() throws IOException {
        Run run = cli(HARD, "--rlimit", "1000", "--format", "json", "--no-timing", "--jobs", "2");
        assertEquals(4, run.code(), run.out() + run.err());
        assertEquals("", run.err());
        JsonNode factor = run.result("factor");
        assertEquals("unknown", factor.get("verdict").asText());
        assertEquals("resource limit (rlimit 1000) exhausted", factor.get("reason").asText());
        assertTrue(factor.get("counterexample") == null && factor.get("witness") == null, factor.toString());
        // the other obligations are decided as if the hard one were not there
        assertEquals("proved", run.result("easy").get("verdict").asText());
        assertEquals("refuted", run.result("wrong").get("verdict").asText());
        JsonNode summary = run.json().get("summary");
        assertEquals(1, summary.get("unknown").asInt());
        assertEquals(4, summary.get("exitCode").asInt(), "unknown outranks refuted: the run is not a verdict");
        assertEquals("1000", run.json().get("tool").get("options").get("rlimit").asText());
        // rlimit is deterministic: the same run again is byte-identical
        assertEquals(run.out(), cli(HARD, "--rlimit", "1000", "--format", "json", "--no-timing", "--jobs", "1").out());
    }

    @Test
    void theTextReportShowsTheReason() throws IOException {
        Run run = cli(HARD, "--rlimit", "1000", "--no-color");
        assertEquals(4, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("reason: resource limit (rlimit 1000) exhausted"), run.out());
        assertTrue(run.out().contains("exit 4"), run.out());
    }

    @Test
    void aBudgetSpentOnTheVacuityCheckSaysSo() throws IOException {
        Run run = cli(HARD_PREMISE, "--rlimit", "100000", "--format", "json", "--no-timing");
        assertEquals(4, run.code(), run.out() + run.err());
        assertEquals("resource limit (rlimit 100000) exhausted while checking the assumptions",
                run.result("hard_premise").get("reason").asText());
    }

    @Test
    void aTimeoutGivesUnknownWithItsReason() throws IOException {
        long start = System.nanoTime();
        Run run = cli(HARD, "--timeout-ms", "300", "--format", "json", "--no-timing");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(4, run.code(), run.out() + run.err());
        assertEquals("timeout (300 ms)", run.result("factor").get("reason").asText());
        assertEquals("proved", run.result("easy").get("verdict").asText());
        assertEquals("300 ms", run.json().get("tool").get("options").get("timeout").asText());
        assertTrue(millis < 60_000, "the timeout was honoured: " + millis + " ms");
    }

    // ------------------------------------------------------------------ an exception inside one obligation

    private static final String SMALL = """
            address_bits 8;
            pagetable t { va_bits 8; level top shift 6; level mid shift 4; level leaf shift 2; }
            region low = [0x10, 0x50);
            teardown all() on t { free below L when true; }
            theorem t0: forall x, y: x + y == y + x;
            theorem t1: forall x where x != 0: x - 1 < x;
            theorem t2: forall x: x * 2 != 7;
            theorem t3: forall s, e where s < e: !all().over(s, e).frees_table_of(low);
            example e0: exists s, e where s < e: all().over(s, e).frees_any;
            example e1: exists x: x * 3 == 1;
            theorem t4: forall x where x < 4 && x > 8: false;
            theorem t5: forall x: x + 1 > x;
            """;

    /** A real session that fails on the obligations named {@code victim} with {@code failure}. */
    private static final class Failing implements Engine {
        private final SolverSession real = new SolverSession();
        private final String victim;
        private final Throwable failure;

        Failing(String victim, Throwable failure) {
            this.victim = victim;
            this.failure = failure;
        }

        @Override public Outcome solve(Obligation o, Budget b) {
            if (o.name().equals(victim)) {
                if (failure instanceof RuntimeException r) throw r;
                if (failure instanceof Error e) throw e;
                return null; // an engine breaking its promise to answer
            }
            return real.solve(o, b);
        }

        @Override public void interrupt() { real.interrupt(); }
        @Override public void close() { real.close(); }
    }

    @Test
    void anExceptionInsideOneObligationIsThatObligationsErrorAndTheOthersGetTheirRealVerdicts() {
        List<Obligation> work = TestSpecs.obligations(SMALL);
        List<Outcome> clean = new Prover(1, Budget.NONE).prove(work);
        assertEquals(List.of(Verdict.PROVED, Verdict.PROVED, Verdict.PROVED, Verdict.REFUTED, Verdict.WITNESSED,
                Verdict.WITNESSED, Verdict.VACUOUS, Verdict.REFUTED), clean.stream().map(Outcome::verdict).toList());

        record Injection(String victim, Throwable failure, String reason) {}
        List<Injection> injections = List.of(
                new Injection("t3", new IllegalStateException("injected\nsecond line"),
                        "internal: IllegalStateException: injected"),
                new Injection("e0", new StackOverflowError(), "internal: StackOverflowError"),
                new Injection("t5", null, "internal: IllegalStateException: no outcome"));
        for (Injection inj : injections) {
            for (int jobs : new int[] {1, 2}) {
                List<Outcome> out = new Prover(Prover.Settings.of(jobs, Budget.NONE), () -> new Failing(inj.victim(), inj.failure()))
                        .prove(work);
                assertEquals(work.size(), out.size());
                for (int i = 0; i < work.size(); i++) {
                    Outcome o = out.get(i);
                    String what = inj.victim() + " with " + jobs + " jobs: " + o.obligation().name();
                    if (o.obligation().name().equals(inj.victim())) {
                        assertEquals(Verdict.ERROR, o.verdict(), what);
                        assertEquals(inj.reason(), o.reason(), what);
                        assertEquals(List.of(), o.model(), what);
                        assertNotEquals("", o.fingerprint(), "the error still names its query: " + what);
                    } else {
                        assertEquals(clean.get(i).verdict(), o.verdict(), what);
                        assertEquals(clean.get(i).model(), o.model(), what);
                        assertEquals(clean.get(i).fingerprint(), o.fingerprint(), what);
                    }
                }
            }
        }
    }
}
