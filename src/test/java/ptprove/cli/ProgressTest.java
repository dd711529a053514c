package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void format() {
        assertEquals("37/104 obligations, 12/s, ETA 5s", Progress.format(37, 104, 3.0));
        assertEquals("3/100 obligations, 1.5/s, ETA 1m05s", Progress.format(3, 100, 2.0));
        assertEquals("0/10 obligations, 0.0/s, ETA ?", Progress.format(0, 10, 1.5));
        assertEquals("10/10 obligations, 5.0/s, ETA 0s", Progress.format(10, 10, 2.0));
        assertEquals("1/10000 obligations, 0.1/s, ETA 27h47m", Progress.format(1, 10_000, 10.0));
    }

    @Test
    void seconds() {
        assertEquals("0s", Progress.seconds(0));
        assertEquals("59s", Progress.seconds(59));
        assertEquals("1m00s", Progress.seconds(60));
        assertEquals("59m59s", Progress.seconds(3599));
        assertEquals("1h00m", Progress.seconds(3600));
    }

    private static final class Clock implements java.util.function.LongSupplier {
        long now;
        @Override public long getAsLong() { return now; }
    }

    @Test
    void nothingBeforeASecondOrWhenDisabledAndClearedAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Clock clock = new Clock();
        Progress p = new Progress(err, 4, true, clock);
        clock.now = 500_000_000L;
        p.step();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "quiet for the first second");
        clock.now = 2_000_000_000L;
        p.step();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("\r2/4 obligations, 1.0/s, ETA 2s", shown);
        clock.now += 10_000_000L;
        p.step();
        assertEquals(shown, bytes.toString(StandardCharsets.UTF_8), "not redrawn within 100 ms");
        p.finish();
        String all = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(all.endsWith("\r" + " ".repeat(shown.length() - 1) + "\r"), all);

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        Clock c2 = new Clock();
        Progress off = new Progress(new PrintStream(quiet, true, StandardCharsets.UTF_8), 4, false, c2);
        c2.now = 5_000_000_000L;
        off.step();
        off.finish();
        assertEquals(0, quiet.size(), "never without a terminal");
    }
}
