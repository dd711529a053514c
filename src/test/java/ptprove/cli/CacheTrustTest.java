package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13: what the result cache may and may not do to a run's verdicts, end to end. */
class CacheTrustTest {
    @TempDir Path tmp;

    /** Item 14: a cache path that is a file warned "6 cache entries were unreadable ... rewritten". */
    @Test
    void aCachePathThatIsAFileIsOneWarning() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        CliRun run = w.check("--cache", file.toString(), w.spec("tiny.ptl"));
        assertEquals(1, run.code(), run.toString());
        assertEquals("ptprove: warning: cannot use the cache " + file + ": not a folder; answers are shared within"
                + " this run only (the run is not affected)\n", run.err());
        assertFalse(run.out().contains("from cache"), run.out());
        assertEquals("x", Files.readString(file));
    }
}
