package ptprove.cli;

import java.io.PrintStream;

/** The streams a command writes to: results on {@code out}, diagnostics and progress on {@code err}. */
record Io(PrintStream out, PrintStream err) {}
