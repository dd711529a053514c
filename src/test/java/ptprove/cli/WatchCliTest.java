package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --watch} end to end: a report, an edit, a second report in the same process, then a stop. */
class WatchCliTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    private void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("timed out:\n" + out() + "--- stderr\n" + err());
            Thread.sleep(20);
        }
    }

    @Test
    void checksAgainWhenASpecChangesUntilStopped() throws Exception {
        TinySpecs w = new TinySpecs(dir);
        List<String> args = new ArrayList<>(List.of("check", "--root", w.specs.toString(), "--proofs",
                w.proofs.toString(), "--jobs", "2", "--no-timing", "--cache", w.cache.toString(), "--watch",
                w.spec("tiny.ptl")));
        int[] code = {-1};
        Thread run = new Thread(() -> code[0] = Main.run(args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        run.start();
        await(() -> count(err(), "watching for changes") == 1);
        assertEquals(1, count(out(), " obligations: "), out());
        assertFalse(out().contains("REFUTED  holds"), "'holds' is proved at first\n" + out());

        Path spec = Path.of(w.spec("tiny.ptl"));
        Files.writeString(spec, TinySpecs.TINY.replace("x + K > x", "x + K < x")); // 'holds' now fails
        await(() -> count(err(), "watching for changes") == 2);
        assertTrue(err().contains("ptprove: changed: "), err());
        assertTrue(err().contains("tiny.ptl; checking again"), err());
        assertEquals(2, count(out(), " obligations: "), out());
        String second = out().substring(out().lastIndexOf("tiny.ptl:"));
        assertTrue(second.contains("REFUTED  holds  K=1"), "the second report shows the new refutation:\n" + second);

        run.interrupt(); // what Ctrl-C is to a terminal: here the loop, waiting, ends with the last status
        run.join(30_000);
        assertFalse(run.isAlive());
        assertEquals(ExitCodes.FAILED, code[0], out());
    }

    @Test
    void refusesWhatItCannotWatch() {
        TinySpecs w = new TinySpecs(dir);
        assertUsage(w.check("--watch", "--record", w.spec("tiny.ptl")),
                "--watch checks again on every change; it cannot be combined with --record");
        assertUsage(w.check("--watch", "--shard", "1/2", w.spec("tiny.ptl")),
                "--watch checks every obligation; it cannot be combined with --shard");
        assertUsage(w.check("--watch", "--cross-check", "cvc5", w.spec("tiny.ptl")),
                "--watch cannot be combined with --cross-check");
        assertUsage(w.check("--watch", "--format", "json", w.spec("tiny.ptl")), "--watch applies to the text format");
        assertUsage(w.check("--watch", dir.resolve("nosuch.ptl").toString()), "no such file or folder");
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(ExitCodes.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains(message), run.toString());
        assertFalse(run.err().contains("watching for changes"), run.toString());
    }
}
