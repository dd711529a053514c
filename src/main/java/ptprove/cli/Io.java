package ptprove.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams of a command: results on {@code out}, diagnostics and progress on {@code err}; {@code in} only for
 * an input named {@code -} ({@code review -}).
 */
record Io(InputStream in, PrintStream out, PrintStream err) {
    /** Says {@code ptprove: MESSAGE} on stderr and gives {@code exit}, the status the command returns. */
    int fail(int exit, String message) {
        err.println("ptprove: " + message);
        return exit;
    }

    /** {@link #fail} with the usage-error status. */
    int usage(String message) {
        return fail(ExitCodes.USAGE, message);
    }
}
