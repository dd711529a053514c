package ptprove.crosscheck;

import java.util.Objects;

/**
 * What an external solver said about one script: {@code sat}, {@code unsat}, {@code unknown} (it gave up, or
 * ran out of time), or {@code error} (it rejected the script or failed; {@code detail} says how).
 */
public record Answer(Kind kind, String detail, double millis) {
    public enum Kind {
        SAT("sat"), UNSAT("unsat"), UNKNOWN("unknown"), ERROR("error");
        private final String word;
        Kind(String word) { this.word = word; }
        public String word() { return word; }
    }

    public Answer {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public static Answer of(Kind kind) {
        return new Answer(kind, "", 0);
    }

    public boolean isDefinite() {
        return kind == Kind.SAT || kind == Kind.UNSAT;
    }

    /** {@code sat}, or {@code unknown (timed out after 60000 ms)}. */
    @Override public String toString() {
        return detail.isEmpty() ? kind.word() : kind.word() + " (" + detail + ")";
    }
}
