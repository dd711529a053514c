package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WatchLoop}: one check, one more per batch of changes, the last status at the end. */
class WatchLoopTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    private final Io io = new Io(java.io.InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    /** Gives the batches in turn, then null; remembers whether it was closed. */
    private static final class Batches implements WatchLoop.Changes {
        final Deque<List<Path>> left;
        boolean closed;
        int asked;

        Batches(List<List<Path>> batches) {
            left = new ArrayDeque<>(batches);
        }

        @Override public List<Path> next() {
            asked++;
            return left.poll();
        }

        @Override public void close() {
            closed = true;
        }
    }

    @Test
    void checksOnceAndAgainPerBatchAndEndsWithTheLastStatus() throws Exception {
        Deque<Integer> statuses = new ArrayDeque<>(List.of(1, 0, 1));
        int[] checks = {0};
        Batches changes = new Batches(List.of(List.of(Path.of("specs/a.ptl")),
                List.of(Path.of("specs/a.ptl"), Path.of("proofs/a.proof"))));
        int status = new WatchLoop(io, () -> {
            checks[0]++;
            io.out().println("report " + checks[0]);
            return statuses.poll();
        }).run(changes);
        assertEquals(3, checks[0]);
        assertEquals(1, status, "the last check's status");
        assertTrue(changes.closed);
        assertEquals("report 1\n\nreport 2\n\nreport 3\n", out.toString(StandardCharsets.UTF_8),
                "stdout holds the reports only, a blank line between them");
        assertEquals("""
                ptprove: watching for changes (Ctrl-C to stop)
                ptprove: changed: specs/a.ptl; checking again
                ptprove: watching for changes (Ctrl-C to stop)
                ptprove: changed: specs/a.ptl, proofs/a.proof; checking again
                ptprove: watching for changes (Ctrl-C to stop)
                """, err.toString(StandardCharsets.UTF_8));
    }

    /** A check a signal stopped: the JVM is exiting, so no "watching" line and no further wait. */
    @Test
    void anInterruptedCheckEndsTheLoopWithoutAWord() throws Exception {
        Batches changes = new Batches(List.of(List.of(Path.of("specs/a.ptl")), List.of(Path.of("specs/a.ptl"))));
        Deque<Integer> statuses = new ArrayDeque<>(List.of(0, ExitCodes.INTERRUPTED));
        int status = new WatchLoop(io, statuses::poll).run(changes);
        assertEquals(ExitCodes.INTERRUPTED, status);
        assertEquals(1, changes.asked, "no wait after the interrupted check");
        assertTrue(changes.closed);
        assertEquals("ptprove: watching for changes (Ctrl-C to stop)\nptprove: changed: specs/a.ptl; checking again\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aUsageErrorIsNotWatched() throws Exception {
        Batches changes = new Batches(List.of(List.of(Path.of("specs/a.ptl"))));
        int status = new WatchLoop(io, () -> ExitCodes.USAGE).run(changes);
        assertEquals(ExitCodes.USAGE, status);
        assertEquals(0, changes.asked, "no wait for changes");
        assertTrue(changes.closed);
    }

    @Test
    void namesAtMostThreeChanges() {
        List<Path> five = List.of(Path.of("a.ptl"), Path.of("b.ptl"), Path.of("c.ptl"), Path.of("d.ptl"),
                Path.of("e.ptl"));
        assertEquals("a.ptl, b.ptl, c.ptl and 2 more", WatchLoop.describe(five));
        Path here = Path.of("").toAbsolutePath();
        assertEquals("specs" + java.io.File.separator + "x.ptl",
                WatchLoop.describe(List.of(here.resolve("specs").resolve("x.ptl"))), "relative to the working folder");
    }
}
