package ptprove.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point. The only class that calls {@link System#exit}; {@link #run} is the in-process entry the golden
 * tests use. Any throwable that escapes a command is a bug in ptprove: it is reported as an internal error with
 * exit status 70, never as a bare stack trace.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Io io = new Io(out, err);
        CommandLine cl = new CommandLine(new TopCommand(io));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internal(io, ex));
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
