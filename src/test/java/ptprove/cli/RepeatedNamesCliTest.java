package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A param given twice to {@code --config}, or a let twice to {@code --set}: a usage error, not the last one quietly. */
class RepeatedNamesCliTest {
    @TempDir Path dir;

    @Test
    void aRepeatedParamOrLetIsAUsageError() {
        TinySpecs w = new TinySpecs(dir);
        w.write("lets.ptl", "param K in {1, 2};\nlet L = K;\ntheorem t: L != 0;\n");
        assertUsage(w.check("--config", "K=1", "--config=K=2", w.spec("tiny.ptl")),
                "--config K is given twice (K=1, K=2): one value per param and run");
        assertUsage(CliRun.of("layout", "--config", "K=1", "--config", "K=1", w.spec("tiny.ptl")),
                "--config K is given twice (K=1, K=1): one value per param and run");
        assertUsage(w.check("--set", "L=1", "--set", "L=2", w.spec("lets.ptl")),
                "--set L is given twice (L=1, L=2): one value per let and run");
        assertEquals(0, w.check("--config", "K=1", "--set", "L=1", w.spec("lets.ptl")).code(), "different names");
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(2, run.code(), run.toString());
        assertEquals("ptprove: " + message + "\n", run.err(), run.toString());
    }
}
