package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

    private static void mkfifo(Path p) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
    }

    /**
     * Item 2: a spec that is a link to /proc/self/environ printed the environment (secrets included) in a PTL0002
     * diagnostic, named directly or found in a folder. It is refused unread, and nothing of it is shown.
     */
    @Test
    void aSpecLinkThatLeavesTheRootIsRefusedUnread() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        Path env = Files.createSymbolicLink(w.specs.resolve("env.ptl"), Path.of("/proc/self/environ"));
        String path = System.getenv("PATH");
        for (String target : new String[] {env.toString(), w.specs.toString()}) {
            CliRun run = w.check("--no-cache", target);
            assertEquals(3, run.code(), run.toString());
            assertTrue(run.err().contains(env + ":1:1: error[PTL0003]: cannot read '" + env
                    + "': a link to a file outside the spec root"), run.err());
            assertFalse(run.err().contains(path) || run.out().contains(path), "the environment was echoed");
            assertFalse(run.err().contains("PTL0002"), run.err());
        }
        // a link that stays inside the root is an ordinary spec
        Files.delete(env);
        Files.createSymbolicLink(env, w.specs.resolve("tiny.ptl"));
        assertEquals(1, w.check("--no-cache", env.toString()).code());
    }

    /** Item 5: {@code check /dev/zero} ran out of memory; a FIFO spec blocked for ever. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void specialFilesAreNotSpecs() throws Exception {
        TinySpecs w = new TinySpecs(tmp);
        Path fifo = w.specs.resolve("fifo.ptl");
        mkfifo(fifo);
        for (String target : new String[] {"/dev/zero", fifo.toString()}) {
            CliRun run = CliRun.of("check", "--no-cache", target);
            assertEquals(3, run.code(), run.toString());
            assertTrue(run.err().contains(target + ":1:1: error[PTL0003]: not a regular file (a FIFO, socket or"
                    + " device)"), run.err());
        }
        // a folder walk leaves a FIFO out (it is not a spec file), and checks the rest
        assertEquals(1, w.check("--no-cache", w.specs.toString()).code());
    }

    /** Item 5: a record that is a FIFO or a link to /dev/zero hung or ran out of memory. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void specialOrOutsideRecordsAreRefusedUnread() throws Exception {
        TinySpecs w = new TinySpecs(tmp);
        Files.createDirectories(w.proofs);
        Path record = w.record("tiny.proof");
        mkfifo(record);
        CliRun fifo = w.check("--no-cache", w.spec("tiny.ptl"));
        assertEquals(74, fifo.code(), fifo.toString());
        assertEquals("ptprove: I/O error: cannot read " + record + ": not a regular file (a FIFO, socket or device)\n",
                fifo.err());
        Files.delete(record);
        Files.createSymbolicLink(record, Path.of("/dev/zero"));
        CliRun zero = w.check("--no-cache", w.spec("tiny.ptl"));
        assertEquals(74, zero.code(), zero.toString());
        assertEquals("ptprove: I/O error: cannot read " + record + ": a link to a file outside the proofs folder\n",
                zero.err());
    }

    /** Item 5 for merge: a report that is a FIFO blocked; /dev/zero ran out of memory. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mergeRefusesSpecialFiles() throws Exception {
        Path fifo = tmp.resolve("shard.json");
        mkfifo(fifo);
        for (String f : new String[] {fifo.toString(), "/dev/zero"}) {
            CliRun run = CliRun.of("merge", f);
            assertEquals(74, run.code(), run.toString());
            assertEquals("ptprove: I/O error: cannot read " + f + ": not a regular file (a FIFO, socket or device)\n",
                    run.err());
        }
    }
}
