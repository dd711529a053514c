package ptprove.crosscheck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ptprove.files.TempFiles;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cvc5 as an {@link ExternalSolver}: one process per script, {@code cvc5 --lang smt2 [--tlimit-per=MS] FILE}.
 *
 * <p>A process per script rather than one long-lived process fed {@code (reset)}: starting cvc5 costs about
 * 10 ms, small beside the queries that matter, and in exchange a timeout is just killing the process, a crash
 * costs one answer, no state can leak from one query into the next, and there is no output protocol to keep in
 * step. The solver's own limit ({@code --tlimit-per}) answers {@code unknown} cleanly; a watchdog kills the
 * process if it overruns that by {@link #GRACE_MS}.
 *
 * <p>A value: where the executable is, the version it reported and the watchdog's grace. {@link #locate} finds
 * and asks one; the canonical constructor takes one already known.
 *
 * @param executable the absolute path of the cvc5 executable
 * @param version    as {@code cvc5 --version} said it, e.g. {@code 1.0.3}
 * @param graceMs    how long the watchdog lets a process overrun its own time limit before killing it
 */
public record Cvc5(Path executable, String version, long graceMs) implements ExternalSolver {
    /** What {@code --cross-check} accepts as a bare name; anything else must be a path. */
    public static final String NAME = "cvc5";
    static final long GRACE_MS = 10_000;
    private static final long VERSION_TIMEOUT_MS = 30_000;
    private static final Pattern VERSION = Pattern.compile("cvc5 version (\\S+)");

    /** The same solver with another watchdog grace (tests use a short one). */
    Cvc5 withGraceMs(long ms) {
        return new Cvc5(executable, version, ms);
    }

    /** Why {@code --cross-check} cannot run: a usage error, with a message for the user. */
    public static final class Unavailable extends Exception {
        public Unavailable(String message) { super(message); }
    }

    /** Locates {@code value} ({@code cvc5}, looked up on {@code PATH}, or a path to an executable) and asks its version. */
    public static Cvc5 locate(String value) throws Unavailable {
        return locate(value, System.getenv("PATH"));
    }

    /** As {@link #locate(String)}, searching {@code pathVariable} (a {@code PATH}-style list) for a bare name. */
    public static Cvc5 locate(String value, String pathVariable) throws Unavailable {
        String prefix = "--cross-check " + value + ": ";
        Path exe;
        if (value.contains("/") || value.contains(File.separator)) {
            exe = Path.of(value);
            if (!Files.isRegularFile(exe) || !Files.isExecutable(exe)) {
                throw new Unavailable(prefix + "no executable file at " + value);
            }
        } else if (value.equals(NAME)) {
            exe = onPath(NAME, pathVariable);
            if (exe == null) throw new Unavailable(prefix + "'" + NAME + "' not found on PATH (Debian: apt-get install cvc5)");
        } else {
            throw new Unavailable(prefix + "unsupported solver; give '" + NAME + "' or the path to a cvc5 executable");
        }
        return new Cvc5(exe.toAbsolutePath(), version(exe, prefix), GRACE_MS);
    }

    private static Path onPath(String name, String pathVariable) {
        if (pathVariable == null) return null;
        for (String dir : pathVariable.split(Pattern.quote(File.pathSeparator))) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** {@code 1.0.3}, or {@code "(unknown version)"} when it does not say in the usual words. */
    private static String version(Path exe, String prefix) throws Unavailable {
        try {
            Run r = run(List.of(exe.toString(), "--version"), VERSION_TIMEOUT_MS);
            Matcher m = VERSION.matcher(r.output);
            return m.find() ? m.group(1) : "(unknown version)";
        } catch (IOException e) {
            throw new Unavailable(prefix + "cannot run " + exe + ": " + e.getMessage());
        }
    }

    @Override public String name() {
        return NAME;
    }

    @Override public String description() {
        return NAME + " " + version;
    }

    @Override
    public Answer solve(Path file, long timeoutMs) {
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--lang", "smt2"));
        if (timeoutMs > 0) cmd.add("--tlimit-per=" + timeoutMs);
        cmd.add(file.toString());
        long start = System.nanoTime();
        Run r;
        try {
            r = run(cmd, timeoutMs > 0 ? timeoutMs + graceMs : 0);
        } catch (IOException e) {
            return new Answer(Answer.Kind.ERROR, "cannot run " + executable + ": " + e.getMessage(), millisSince(start));
        }
        double millis = millisSince(start);
        if (r.interrupted) return new Answer(Answer.Kind.UNKNOWN, "interrupted", millis);
        if (r.killed) {
            return new Answer(Answer.Kind.UNKNOWN, "no answer within " + timeoutMs + " ms; killed", millis);
        }
        return parse(r.output, r.exitCode, timeoutMs, millis);
    }

    /** The first answer or error line of the solver's output decides; anything else is an error. */
    static Answer parse(String output, int exitCode, long timeoutMs, double millis) {
        for (String raw : output.split("\\R")) {
            String line = raw.strip();
            switch (line) {
                case "sat": return new Answer(Answer.Kind.SAT, "", millis);
                case "unsat": return new Answer(Answer.Kind.UNSAT, "", millis);
                case "unknown":
                    String why = timeoutMs > 0 && millis >= timeoutMs ? "time limit of " + timeoutMs + " ms" : "";
                    return new Answer(Answer.Kind.UNKNOWN, why, millis);
                default:
                    if (line.startsWith("(error")) return new Answer(Answer.Kind.ERROR, line, millis);
            }
        }
        String first = output.strip().lines().findFirst().orElse("no output");
        return new Answer(Answer.Kind.ERROR, "exit status " + exitCode + ", no answer: " + first, millis);
    }

    private record Run(int exitCode, String output, boolean killed, boolean interrupted) {}

    /**
     * Runs {@code cmd} with stdout and stderr going to a temporary file (no pipe to drain, so no deadlock),
     * waiting at most {@code limitMs} when positive, then killing it.
     */
    private static Run run(List<String> cmd, long limitMs) throws IOException {
        Path out = TempFiles.track(Files.createTempFile("ptprove-cvc5-", ".out"));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            boolean killed = false;
            try {
                if (limitMs > 0) {
                    if (!p.waitFor(limitMs, TimeUnit.MILLISECONDS)) {
                        killed = true;
                        kill(p);
                    }
                } else {
                    p.waitFor();
                }
            } catch (InterruptedException e) {
                kill(p);
                Thread.currentThread().interrupt();
                return new Run(-1, "", false, true);
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            return new Run(killed ? -1 : p.exitValue(), text, killed, false);
        } finally {
            Files.deleteIfExists(out);
            TempFiles.done(out);
        }
    }

    private static File nullFile() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
