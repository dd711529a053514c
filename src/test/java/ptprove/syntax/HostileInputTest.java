package ptprove.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.cli.Main;

/**
 * Pathological and hostile inputs get clear, positioned errors and exit 3: never a stack trace, never exit 70,
 * never a file outside the spec root read. (Timing is not asserted; the golden and fuzz suites run these in
 * seconds.)
 */
class HostileInputTest {
    @TempDir Path dir;

    private record Run(int code, String out, String err) {
        String all() { return out + err; }
    }

    private Run check(Path spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", "--no-timing", "--jobs", "1", "--root", dir.toString(),
                "--proofs", dir.resolve("proofs").toString(), spec.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void clean(Run r) {
        assertNotEquals(70, r.code(), r.all());
        assertFalse(r.all().contains("Exception") || r.all().contains("\tat "), r.all());
    }

    @Test
    void aMegabyteOfGarbageIsRejectedWithFewPositionedErrors() throws IOException {
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(7);
        while (sb.length() < 1 << 20) sb.append(rnd.nextBoolean() ? "let ) ( ; " : "@@ }{ 0x ");
        Path spec = dir.resolve("garbage.ptl");
        Files.writeString(spec, sb);
        Run r = check(spec);
        clean(r);
        assertEquals(3, r.code());
        assertTrue(r.err().contains("garbage.ptl:1:"), r.err().substring(0, Math.min(400, r.err().length())));
        assertTrue(r.err().lines().filter(l -> l.contains("error[")).count() <= 30, "errors are capped");
    }

    @Test
    void aMegabyteOfValidSpecIsChecked() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 1 << 20; i++) sb.append("let L").append(i).append(" = ").append(i).append(" * SZ_4K + 1;\n");
        sb.append("theorem fine: L1 == SZ_4K + 1;\n");
        Path spec = dir.resolve("big.ptl");
        Files.writeString(spec, sb);
        Run r = check(spec);
        clean(r);
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void hugeLiteralsAndDeepUnaryChainsAreDiagnosed() throws IOException {
        Path spec = dir.resolve("huge.ptl");
        Files.writeString(spec, "let big = " + "9".repeat(100_000) + ";\nlet neg = " + "-".repeat(50_000) + "1;\n");
        Run r = check(spec);
        clean(r);
        assertEquals(3, r.code(), r.all());
        assertTrue(r.err().contains("huge.ptl:1:11: error[PTL0211]"), r.err());
    }

    @Test
    void aSymlinkOutOfTheRootIsNotFollowed() throws IOException {
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("secret.ptl"), "let SECRET = 42;\n");
        Files.createSymbolicLink(dir.resolve("link.ptl"), outside.resolve("secret.ptl"));
        Path spec = dir.resolve("main.ptl");
        Files.writeString(spec, "import \"link.ptl\";\ntheorem t: SECRET == 42;\n");
        Run r = check(spec);
        clean(r);
        assertEquals(3, r.code());
        assertTrue(r.err().contains("main.ptl:1:8: error[PTL0102]"), r.err());
        assertFalse(r.all().contains(outside.toString()), "the outside path is not echoed");
    }

    @Test
    void controlCharactersInSpecTextAreNeverSentToTheTerminal() throws IOException {
        Path spec = dir.resolve("escape.ptl");
        Files.writeString(spec, "let x = y\u001b[2J;\n");
        Run r = check(spec);
        clean(r);
        assertFalse(r.all().contains("\u001b"), "raw escape byte reached the output");
    }

    @Property(tries = 300)
    @Tag("slow") // a property: 300 random texts through layout, 2-3 s; left out of the fast tier, run by mvn verify
    void randomTextNeverCrashes(@ForAll @StringLength(max = 400) String text) throws IOException {
        Path d = Files.createTempDirectory("rnd");
        Path spec = d.resolve("r.ptl");
        Files.writeString(spec, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"layout", "--root", d.toString(), spec.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertNotEquals(70, code, all);
        assertFalse(all.contains("Exception"), all);
    }
}
