package ptprove.crosscheck;

import java.nio.file.Path;

/**
 * A second SMT solver, asked one standalone SMT-LIB 2 script at a time. Implementations must be safe to call
 * from several threads at once and must not throw for anything the solver does: a crash, a rejected script or a
 * missed deadline is an {@link Answer} of kind {@code error} or {@code unknown}.
 */
public interface ExternalSolver {
    /** {@code cvc5}: how messages name it. */
    String name();

    /** {@code cvc5 1.0.3}: how summaries name it. */
    String description();

    /** Solves the script in {@code file}, within {@code timeoutMs} when that is positive. */
    Answer solve(Path file, long timeoutMs);
}
