package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code --theorem} glob that cannot match is a usage error in every command that takes one, not a crash. */
class BadGlobCliTest {
    @TempDir Path dir;

    @Test
    void aBackwardsRangeIsAUsageError() {
        TinySpecs w = new TinySpecs(dir);
        String message = "ptprove: --theorem '[z-a]': the range z-a is backwards\n";
        for (CliRun run : new CliRun[] {
                w.check("--theorem", "[z-a]", w.spec("tiny.ptl")),
                CliRun.of("explain", "--root", w.specs.toString(), w.spec("tiny.ptl"), "[z-a]"),
                CliRun.of("export-smt", "--root", w.specs.toString(), "--theorem", "[z-a]", "--out",
                        dir.resolve("smt").toString(), w.spec("tiny.ptl"))}) {
            assertEquals(2, run.code(), run.toString());
            assertEquals(message, run.err(), run.toString());
            assertFalse(run.err().contains("internal error"));
        }
    }
}
