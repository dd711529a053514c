package ptprove.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import ptprove.files.FileProblem;
import ptprove.pipeline.TheoremFilter;

/**
 * Entry point. The only class that calls {@link System#exit}; {@link #run} is the in-process entry the golden
 * tests use. An I/O failure that escapes a command (a file the system would not let ptprove read or write) is
 * reported with its path and reason and exit status 74; any other throwable is a bug in ptprove: it is reported
 * as an internal error with exit status 70, never as a bare stack trace.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = CheckedOutput.of(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the CLI with the given streams and returns the exit status. A command whose output could not be
     * written completely exits with {@link ExitCodes#IO} whatever it found: a report cut short must not pass.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** {@link #run(String[], PrintStream, PrintStream)} with {@code in} as standard input. */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        int code = execute(args, in, out, err);
        String failure = out instanceof CheckedOutput c ? c.failure() : out.checkError() ? "write error" : null;
        if (failure == null) return code;
        err.println("ptprove: I/O error: cannot write the output (standard output): " + failure);
        return ExitCodes.IO;
    }

    /** A stream for {@link #run} that can say why a write failed ({@code No space left on device}). */
    public static PrintStream checkedStream(java.io.OutputStream out) {
        return CheckedOutput.of(out);
    }

    private static int execute(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        Io io = new Io(in, out, err);
        CommandLine cl = TopCommand.commandLine(io, args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                ex instanceof TheoremFilter.BadGlob bad ? io.usage(bad.getMessage()) : internal(io, ex));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ptprove: " + ex.getMessage());
            CommandLine c = ex.getCommandLine();
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            return internal(io, e);
        }
    }

    static int internal(Io io, Throwable ex) {
        // the environment refused a read or a write: not a bug, and the message names the file and the reason
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (cause instanceof IOException e) {
            io.err().println("ptprove: I/O error: " + (e instanceof FileProblem ? e.getMessage() : FileProblem.reason(e)));
            return ExitCodes.IO;
        }
        io.err().println("ptprove: internal error: " + ex);
        for (StackTraceElement el : ex.getStackTrace()) {
            if (!el.getClassName().startsWith("ptprove.")) continue;
            io.err().println("    at " + el);
        }
        io.err().println("This is a bug in ptprove, not in your spec. Please report it with the command line and"
                + " the spec that triggered it.");
        return ExitCodes.INTERNAL;
    }
}
