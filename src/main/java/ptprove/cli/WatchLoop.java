package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code check --watch}: one check, then another each time a spec, one of its imports or a proof record changes,
 * in the same JVM (classes loaded and compiled, the spec-level cache warm), until the user stops it (Ctrl-C) or
 * the changes end. Each check is an ordinary run with the same options: its report on stdout, its status kept;
 * what the loop itself says (waiting, what changed) goes to stderr, so stdout stays a sequence of reports.
 */
final class WatchLoop {
    /** One check with the command's options, re-reading the specs; its exit status. */
    interface Check {
        int run() throws IOException;
    }

    /** Where changes come from. */
    interface Changes extends AutoCloseable {
        /**
         * Blocks until relevant files changed and settled, and gives them (shortest first paths as found);
         * {@code null} when watching ends.
         */
        List<Path> next() throws IOException, InterruptedException;

        @Override void close() throws IOException;
    }

    private final Io io;
    private final Check check;

    WatchLoop(Io io, Check check) {
        this.io = io;
        this.check = check;
    }

    /** Checks, then checks again on every batch of changes; the last check's status when watching ends. */
    int run(Changes changes) throws IOException {
        int status = check.run();
        // a path or option no edit of a spec can fix; or a signal stopped the check: the process is exiting
        if (status == ExitCodes.USAGE || status == ExitCodes.INTERRUPTED) {
            changes.close();
            return status;
        }
        try (changes) {
            while (true) {
                io.err().println("ptprove: watching for changes (Ctrl-C to stop)");
                List<Path> changed = changes.next();
                if (changed == null) return status;
                io.err().println("ptprove: changed: " + describe(changed) + "; checking again");
                io.out().println();
                status = check.run();
                if (status == ExitCodes.INTERRUPTED) return status; // not "watching" while the JVM exits
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return status;
        }
    }

    /** {@code specs/a.ptl, proofs/a.proof} (from the working directory; at most three, then how many more). */
    static String describe(List<Path> changed) {
        Path here = Path.of("").toAbsolutePath();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(3, changed.size()); i++) {
            Path p = changed.get(i);
            b.append(i == 0 ? "" : ", ").append(p.isAbsolute() && p.startsWith(here) ? here.relativize(p) : p);
        }
        if (changed.size() > 3) b.append(" and ").append(changed.size() - 3).append(" more");
        return b.toString();
    }
}
