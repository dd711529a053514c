package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13: nothing is read that was not asked for, nothing read is echoed unchecked, and what names a file
 * cannot steer the terminal.
 */
class InputSafetyTest {
    @TempDir Path tmp;

    /** Item 14: a spec whose file name holds a terminal escape printed it raw in the text report. */
    @Test
    void controlCharactersInSpecPathsAreShownEscaped() {
        TinySpecs w = new TinySpecs(tmp);
        w.write("red\u001b[31m\u202e.ptl", TinySpecs.TINY);
        CliRun run = w.check("--no-cache", w.specs.toString());
        assertEquals(1, run.code(), run.toString());
        assertFalse(run.out().contains("\u001b") || run.out().contains("\u202e"), run.out());
        assertTrue(run.out().contains("red\\x1b[31m\\u202e.ptl"), run.out());
        CliRun json = w.check("--no-cache", "--format", "json", w.specs.toString());
        assertTrue(json.out().contains("red\\\\x1b[31m\\\\u202e.ptl"), json.out());
    }

    /** Item 14: {@code --root /nonexistent} was a spec error (exit 3); it is a usage error. */
    @Test
    void aMissingRootIsAUsageError() {
        TinySpecs w = new TinySpecs(tmp);
        CliRun run = CliRun.of("check", "--no-cache", "--root", tmp.resolve("nonexistent").toString(),
                w.spec("tiny.ptl"));
        assertEquals(2, run.code(), run.toString());
        assertEquals("ptprove: --root " + tmp.resolve("nonexistent") + ": no such folder\n", run.err());
        CliRun file = CliRun.of("layout", "--root", w.spec("tiny.ptl"), w.spec("tiny.ptl"));
        assertEquals(2, file.code(), file.toString());
        assertTrue(file.err().contains(": not a folder"), file.err());
    }
}
