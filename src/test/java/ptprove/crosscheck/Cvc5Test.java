package ptprove.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding cvc5, reading its answers, and its limits; the parts that need a real cvc5 say so. */
class Cvc5Test {
    @TempDir Path tmp;

    private Path script(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** An executable shell script standing in for cvc5. */
    static Path fake(Path dir, String body) throws IOException {
        Path p = dir.resolve("cvc5");
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void aMissingCvc5IsAUsageErrorSayingHowToInstallIt() {
        Cvc5.Unavailable e = assertThrows(Cvc5.Unavailable.class,
                () -> Cvc5.locate("cvc5", tmp.toString() + java.io.File.pathSeparator + "/nonexistent"));
        assertEquals("--cross-check cvc5: 'cvc5' not found on PATH (Debian: apt-get install cvc5)", e.getMessage());
        assertThrows(Cvc5.Unavailable.class, () -> Cvc5.locate("cvc5", null));
    }

    @Test
    void onlyCvc5OrAPathIsAccepted() throws IOException {
        Cvc5.Unavailable other = assertThrows(Cvc5.Unavailable.class, () -> Cvc5.locate("z3", "/usr/bin"));
        assertEquals("--cross-check z3: unsupported solver; give 'cvc5' or the path to a cvc5 executable",
                other.getMessage());
        Path notExecutable = script("cvc5-data", "sat");
        Cvc5.Unavailable e = assertThrows(Cvc5.Unavailable.class, () -> Cvc5.locate(notExecutable.toString(), ""));
        assertEquals("--cross-check " + notExecutable + ": no executable file at " + notExecutable, e.getMessage());
    }

    @Test
    void aBareNameIsFoundOnPathAndAPathIsTakenAsIs() throws Exception {
        Path bin = Files.createDirectory(tmp.resolve("bin"));
        fake(bin, "echo 'This is cvc5 version 7.7.7'");
        Cvc5 found = Cvc5.locate("cvc5", "/nonexistent" + java.io.File.pathSeparator + bin);
        assertEquals(bin.resolve("cvc5").toAbsolutePath(), found.executable());
        assertEquals("cvc5 7.7.7", found.description());
        assertEquals("cvc5 7.7.7", Cvc5.locate(bin.resolve("cvc5").toString(), "").description());
    }

    @Test
    void outputIsReadByItsFirstAnswerOrErrorLine() {
        assertEquals(Answer.Kind.SAT, Cvc5.parse("sat\n", 0, 0, 1).kind());
        assertEquals(Answer.Kind.UNSAT, Cvc5.parse("\n  unsat  \r\n(model)\n", 0, 0, 1).kind());
        Answer unknown = Cvc5.parse("unknown\n", 0, 100, 150);
        assertEquals("unknown (time limit of 100 ms)", unknown.toString());
        Answer error = Cvc5.parse("(error \"Parse Error: x.smt2:3.1: expected\")\n", 1, 0, 1);
        assertEquals(Answer.Kind.ERROR, error.kind());
        assertEquals("(error \"Parse Error: x.smt2:3.1: expected\")", error.detail());
        assertEquals("exit status 134, no answer: Segmentation fault", Cvc5.parse("Segmentation fault\n", 134, 0, 1).detail());
        assertEquals("exit status 0, no answer: no output", Cvc5.parse("", 0, 0, 1).detail());
    }

    @Test
    void aSolverThatOverrunsItsLimitIsKilledAndAnswersUnknown() throws Exception {
        Path exe = fake(tmp, "case \"$1\" in --version) echo 'This is cvc5 version 0';; *) sleep 30;; esac");
        Cvc5 slow = Cvc5.locate(exe.toString(), "").withGraceMs(200);
        long start = System.nanoTime();
        Answer a = slow.solve(script("q.smt2", "(check-sat)\n"), 100);
        assertEquals(Answer.Kind.UNKNOWN, a.kind());
        assertEquals("no answer within 100 ms; killed", a.detail());
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "killed promptly");
    }

    @Test
    void realCvc5AnswersSatUnsatUnknownAndRejectsBadScripts() throws IOException {
        Cvc5 cvc5 = Cvc5Available.require();
        assertTrue(cvc5.description().matches("cvc5 \\d+\\.\\d+.*"), cvc5.description());
        String decl = "(set-logic QF_BV)\n(declare-const x (_ BitVec 64))\n(declare-const y (_ BitVec 64))\n";
        assertEquals(Answer.Kind.SAT, cvc5.solve(script("sat.smt2", decl + "(assert (= x #x0000000000000001))\n"
                + "(check-sat)\n"), 10_000).kind());
        assertEquals(Answer.Kind.UNSAT, cvc5.solve(script("unsat.smt2", decl
                + "(assert (bvult x x))\n(check-sat)\n"), 0).kind());
        Answer bad = cvc5.solve(script("bad.smt2", decl + "(assert (bvult x))\n(check-sat)\n"), 10_000);
        assertEquals(Answer.Kind.ERROR, bad.kind());
        assertTrue(bad.detail().startsWith("(error"), bad.detail());
        // factoring a 64-bit semiprime by bit-blasting: far beyond 200 ms
        Answer hard = cvc5.solve(script("hard.smt2", decl + "(assert (= (bvmul x y) #xc2a4d8f07ce8d0b7))\n"
                + "(assert (bvult #x0000000000000001 x))\n(assert (bvult #x0000000000000001 y))\n"
                + "(assert (bvult x #x0000000100000000))\n(assert (bvult y #x0000000100000000))\n(check-sat)\n"), 200);
        assertEquals(Answer.Kind.UNKNOWN, hard.kind(), hard.toString());
    }
}
