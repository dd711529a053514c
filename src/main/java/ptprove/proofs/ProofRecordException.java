package ptprove.proofs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A proof record that cannot be used: unreadable, or with malformed lines. Carries every problem found (the
 * parser reports all bad lines, not just the first), each with its file and line, so the CLI prints
 * {@link #getMessage()} and exits; no stack trace is meant for the user.
 */
public final class ProofRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    /** One problem; {@code line} is 1-based, or 0 when it concerns the whole file. */
    public record Problem(String file, int line, String message) {
        /** {@code proofs/x.proof:7: error: message}, compiler-style like spec diagnostics. */
        @Override public String toString() {
            return (line > 0 ? file + ":" + line : file) + ": error: " + message;
        }
    }

    private final transient List<Problem> problems;

    public ProofRecordException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("no problems");
        this.problems = List.copyOf(problems);
    }

    public ProofRecordException(String file, String message, Throwable cause) {
        super(new Problem(file, 0, message).toString(), cause);
        this.problems = List.of(new Problem(file, 0, message));
    }

    public List<Problem> problems() { return problems; }
}
