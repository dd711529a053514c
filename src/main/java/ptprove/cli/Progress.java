package ptprove.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A single updating progress line on stderr while obligations are solved: {@code 37/104 obligations, 12/s,
 * ETA 5s}. Shown only on a terminal (so CI logs and tests never see it) and only once the run has lasted
 * {@link #DELAY_NANOS}; redrawn at most every {@link #REDRAW_NANOS}; erased by {@link #finish()}. Safe to call
 * from any thread.
 */
final class Progress {
    static final long DELAY_NANOS = 1_000_000_000L;
    static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private int done;
    private long lastDraw = Long.MIN_VALUE;
    private int shownWidth; // columns currently on screen; 0 = nothing shown

    Progress(PrintStream err, int total, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** On stderr when it is a terminal ({@code System.console() != null}), else a no-op. */
    static Progress onTerminal(PrintStream err, int total) {
        return new Progress(err, total, System.console() != null, System::nanoTime);
    }

    /** One more obligation is done. */
    synchronized void step() {
        done++;
        if (!enabled) return;
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS)) return;
        lastDraw = now;
        String line = format(done, total, (now - start) / 1e9);
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = line.length();
    }

    /** Erases the line (before other output goes to the terminal, and at the end); the next step redraws it. */
    synchronized void clear() {
        if (shownWidth == 0) return;
        err.print("\r" + " ".repeat(shownWidth) + "\r");
        err.flush();
        shownWidth = 0;
        lastDraw = Long.MIN_VALUE;
    }

    synchronized void finish() { clear(); }

    /**
     * {@code 37/104 obligations, 12/s, ETA 5s}: the rate with one decimal below 10 per second; the ETA from the
     * mean rate so far, as {@code 5s}, {@code 4m05s} or {@code 2h05m}; {@code ETA ?} before anything is done.
     */
    static String format(int done, int total, double elapsedSeconds) {
        double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
        String rateText = rate < 9.95 ? String.format(Locale.ROOT, "%.1f", rate)
                : Long.toString(Math.round(rate));
        String eta = done >= total ? "0s" : rate <= 0 ? "?" : seconds(Math.round((total - done) / rate));
        return done + "/" + total + " obligations, " + rateText + "/s, ETA " + eta;
    }

    static String seconds(long s) {
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        long m = (s + 30) / 60;
        return String.format(Locale.ROOT, "%dh%02dm", m / 60, m % 60);
    }
}
