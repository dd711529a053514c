package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13: when {@code --record} writes a record, how, and what a record it cannot use does to a run. */
class RecordWritingTest {
    @TempDir Path tmp;

    /** Item 8: two specs outside the root shared proofs/x.proof, the last one won, exit 0. */
    @Test
    void twoSpecsThatWouldShareARecordAreRefused() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        Path a = w.write("a/x.ptl", TinySpecs.TINY);
        Path b = w.write("b/x.ptl", TinySpecs.TINY.replace("0x3", "0x4"));
        CliRun run = CliRun.of("check", "--record", "--no-cache", "--proofs", w.proofs.toString(), "--root",
                w.specs.resolve("a").toString(), a.toString(), b.toString());
        assertEquals(2, run.code(), run.toString());
        assertEquals("ptprove: " + a + " and " + b + " would share the proof record " + w.proofs.resolve("x.proof")
                + " (specs outside the spec root are recorded by file name alone); give --root a folder that"
                + " holds both\n", run.err());
        assertFalse(Files.exists(w.proofs), "nothing written");
        // the same file twice is no conflict
        assertEquals(0, w.check("--record", "--no-cache", w.spec("tiny.ptl"), w.spec("tiny.ptl")).code());
    }

    /** Item 9: a record written with 'unknown' verdicts, exit 0; the docs promise 4. */
    @Test
    void aSpecWithUnknownVerdictsIsNotRecordedAndExitsFour() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        CliRun run = w.check("--record", "--no-cache", "--rlimit", "1", w.spec("tiny.ptl"));
        assertEquals(4, run.code(), run.toString());
        assertTrue(run.err().contains("ptprove: not recording " + w.spec("tiny.ptl") + " ("
                + w.record("tiny.proof") + " left as it was): 6 obligations are unknown; a record holds definite"
                + " verdicts only"), run.err());
        assertFalse(Files.exists(w.record("tiny.proof")));
        assertEquals(0, w.check("--record", "--no-cache", w.spec("tiny.ptl")).code());
        String recorded = Files.readString(w.record("tiny.proof"));
        assertEquals(4, w.check("--record", "--no-cache", "--rlimit", "1", w.spec("tiny.ptl")).code());
        assertEquals(recorded, Files.readString(w.record("tiny.proof")), "an existing record is left as it was");
    }

    /** Item 9: records and cache entries were created 0600 whatever the umask; a re-recorded file lost its mode. */
    @Test
    void newFilesGetTheUmasksModeAndARecordKeepsItsMode() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("probe")));
        assertEquals(0, w.check("--record", "--cache", w.cache.toString(), w.spec("tiny.ptl")).code());
        assertEquals(umask, Files.getPosixFilePermissions(w.record("tiny.proof")));
        try (var entries = Files.walk(w.cache)) {
            for (Path e : entries.filter(Files::isRegularFile).toList()) {
                assertEquals(umask, Files.getPosixFilePermissions(e), e.toString());
            }
        }
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(w.record("tiny.proof"), shared);
        Files.writeString(w.record("tiny.proof"), Files.readString(w.record("tiny.proof")).replace("proved", "refuted"));
        assertEquals(0, w.check("--record", "--no-cache", w.spec("tiny.ptl")).code());
        assertFalse(Files.readString(w.record("tiny.proof")).contains("holds [K=1] refuted"), "rewritten");
        assertEquals(shared, Files.getPosixFilePermissions(w.record("tiny.proof")));
    }

    /** Item 10: a read-only proofs folder was exit 70, "a bug in ptprove". */
    @Test
    void aProofsFolderThatCannotBeWrittenIsAnIoError() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        Path readOnly = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(readOnly)) readOnly = Path.of("/sys/kernel"); // root writes anywhere but there
        CliRun run = CliRun.of("check", "--record", "--no-cache", "--root", w.specs.toString(), "--proofs",
                readOnly.toString(), w.spec("tiny.ptl"));
        assertEquals(74, run.code(), run.toString());
        assertTrue(run.err().endsWith("ptprove: I/O error: cannot write " + readOnly.resolve("tiny.proof")
                + ": permission denied\n"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    /** Item 10: a record that is a folder, or not UTF-8, was exit 70 (or a usage error) with --record and without. */
    @Test
    void aRecordThatCannotBeReadIsAnIoErrorNamingIt() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        Files.createDirectories(w.record("tiny.proof"));
        for (String[] args : new String[][] {{}, {"--record"}}) {
            CliRun run = w.check(concat(args, "--no-cache", w.spec("tiny.ptl")));
            assertEquals(74, run.code(), run.toString());
            assertEquals("ptprove: I/O error: cannot read " + w.record("tiny.proof")
                    + ": not a regular file (a folder)\n", run.err());
        }
        Files.delete(w.record("tiny.proof"));
        Files.write(w.record("tiny.proof"), new byte[] {'#', ' ', (byte) 0xff, '\n'});
        for (String[] args : new String[][] {{}, {"--record"}}) {
            CliRun run = w.check(concat(args, "--no-cache", w.spec("tiny.ptl")));
            assertEquals(74, run.code(), run.toString());
            assertEquals("ptprove: I/O error: cannot read " + w.record("tiny.proof") + ": not valid UTF-8 text\n",
                    run.err());
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
