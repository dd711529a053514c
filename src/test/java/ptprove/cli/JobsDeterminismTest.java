package ptprove.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.solve.Prover;

/**
 * The same specs give byte-identical JSON (timings left out) across runs and with one solver thread or two:
 * verdicts, order, fingerprints and model values alike. Over the arm64 layout spec's 374 obligations plus the
 * refuted goldens, and over specs/arm64/hotremove-naive.ptl's 416, 86 of them refuted with a counterexample.
 * The JSON says which solver, version, seed and budget produced it.
 */
@Tag("slow") // tens of seconds of solving: left out of the fast tier (mvn test -DexcludedGroups=slow)
class JobsDeterminismTest {

    private static String run(int expectedExit, String jobs, String... specsAndOptions) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--no-timing", "--jobs", jobs,
                "--proofs", "target/no-proofs"));
        args.addAll(List.of(specsAndOptions));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedExit, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON:\n" + text, e);
        }
    }

    /** The tool block records what a rerun needs to reproduce the verdicts. */
    private static void assertRecordsTheSolver(String text, String timeout, String rlimit) {
        JsonNode tool = json(text).get("tool");
        assertEquals("ptprove", tool.get("name").asText());
        assertEquals("z3 " + Prover.solverVersion(), tool.get("solver").asText());
        JsonNode options = tool.get("options");
        assertEquals("z3", options.get("solver").asText());
        assertEquals(Prover.solverVersion(), options.get("version").asText());
        assertTrue(options.get("version").asText().matches("\\d+\\.\\d+\\.\\d+"), options.toString());
        assertEquals("0", options.get("seed").asText());
        assertEquals(timeout, options.get("timeout").asText());
        assertEquals(rlimit, options.get("rlimit").asText());
    }

    @Test
    void oneAndTwoJobsAndTwoRunsAgreeByteForByte() {
        String[] specs = {"specs/arm64/layout.ptl", "src/test/resources/golden/refuted"};
        String one = run(1, "1", specs); // the refuted goldens fail the run
        String two = run(1, "2", specs);
        String twoAgain = run(1, "2", specs);
        assertTrue(one.split("\"verdict\"").length > 100, "expected over 100 obligations");
        assertTrue(one.contains("\"counterexample\""), "expected refutations with models");
        assertEquals(one, two);
        assertEquals(two, twoAgain);
        assertRecordsTheSolver(one, "none", "none");
    }

    @Test
    void symbolicConfigurationsGiveTheSameJsonAsPerConfigurationSolving() {
        String[] specs = {"src/test/resources/symbolic/mixed-verdicts.ptl", "src/test/resources/golden/refuted"};
        String perConfig = run(1, "1", specs);
        List<String> symbolic = new ArrayList<>(List.of("--symbolic-config"));
        symbolic.addAll(List.of(specs));
        assertEquals(perConfig, run(1, "2", symbolic.toArray(String[]::new)));
        assertTrue(perConfig.contains("\"counterexample\""), "expected refutations with models");
    }

    @Test
    void hotremoveNaiveRefutationsAreByteIdenticalWithOneAndTwoJobs() {
        String one = run(1, "1", "specs/arm64/hotremove-naive.ptl");
        String two = run(1, "2", "specs/arm64/hotremove-naive.ptl");
        JsonNode summary = json(one).get("summary");
        assertEquals(416, summary.get("obligations").asInt(), one);
        assertTrue(summary.get("refuted").asInt() >= 80, summary.toString());
        int models = 0;
        for (JsonNode r : json(one).get("results")) if (r.has("counterexample")) models++;
        assertEquals(summary.get("refuted").asInt(), models, "every refutation carries its counterexample");
        assertEquals(one, two);
        assertRecordsTheSolver(one, "none", "none");
    }

    @Test
    void budgetsAreRecordedAsGiven() {
        String text = run(1, "1", "--rlimit", "123456789", "--timeout-ms", "600000", "src/test/resources/eval/props8.ptl");
        assertRecordsTheSolver(text, "600000 ms", "123456789");
    }
}
