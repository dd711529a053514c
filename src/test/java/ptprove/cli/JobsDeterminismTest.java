package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The same specs give byte-identical JSON (timings left out) with one solver thread and with two, over the
 * arm64 layout spec's 374 obligations: verdicts, order, fingerprints and model values alike.
 */
class JobsDeterminismTest {

    private static String run(String jobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", "--format", "json", "--no-timing", "--jobs", jobs,
                "--proofs", "target/no-proofs", "specs/arm64/layout.ptl", "src/test/resources/golden/refuted"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8)); // the refuted goldens fail the run
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneAndTwoJobsAgreeByteForByte() {
        String one = run("1");
        String two = run("2");
        assertTrue(one.split("\"verdict\"").length > 100, "expected over 100 obligations");
        assertTrue(one.contains("\"counterexample\""), "expected refutations with models");
        assertEquals(one, two);
    }
}
