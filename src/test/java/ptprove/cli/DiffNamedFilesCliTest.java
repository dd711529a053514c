package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ptprove diff OLD NEW} with the files named on the command line: a pipe works, as the help's own example
 * {@code diff <(git show HEAD:proofs/x.proof) proofs/x.proof} needs (it was refused as a FIFO), and a missing file
 * is named as missing (it said OLD and NEW must both be files or both folders).
 */
class DiffNamedFilesCliTest {
    @TempDir Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPipeNamedOnTheCommandLineIsRead() throws Exception {
        TinySpecs w = new TinySpecs(dir);
        w.check("--record", w.spec("tiny.ptl")); // the record is written whatever the verdicts
        Path record = w.record("tiny.proof");
        assertTrue(Files.isRegularFile(record));
        Path fifo = dir.resolve("old.proof");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, Files.readAllBytes(record));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CliRun run = CliRun.of("diff", fifo.toString(), record.toString());
        writer.join();
        assertEquals(0, run.code(), run.toString());
        assertEquals("0 differences (0 fingerprints changed, verdicts unchanged)\n", run.out());
    }

    @Test
    void aMissingFileIsNamed() {
        TinySpecs w = new TinySpecs(dir);
        CliRun run = CliRun.of("diff", dir.resolve("nosuch.proof").toString(), w.spec("tiny.ptl"));
        assertEquals(2, run.code(), run.toString());
        assertEquals("ptprove: diff: no such record file or folder: " + dir.resolve("nosuch.proof") + "\n", run.err());
    }
}
