package ptprove.report;

import ptprove.result.Verdict;

/**
 * The words verdicts print as: {@link #full} in sentences (summary, record changes), {@link #brief} in columns
 * (outcome lines, grid cells). A definite "no" from the solver (refuted, no witness) is upper case, so it stands
 * out in a plain-text log where colour is off.
 */
final class VerdictWords {
    private VerdictWords() {}

    /** Width of the longest {@link #brief} word. */
    static final int BRIEF_WIDTH = 7;

    /** {@code proved}, {@code REFUTED}, {@code UNWITNESSED}, {@code unknown}. */
    static String full(Verdict v) {
        return v == Verdict.REFUTED || v == Verdict.UNWITNESSED ? v.word().toUpperCase(java.util.Locale.ROOT) : v.word();
    }

    /** At most {@link #BRIEF_WIDTH} columns: {@code proved}, {@code REFUTED}, {@code witness}, {@code NO-WIT}. */
    static String brief(Verdict v) {
        return switch (v) {
            case PROVED -> "proved";
            case REFUTED -> "REFUTED";
            case WITNESSED -> "witness";
            case UNWITNESSED -> "NO-WIT";
            case VACUOUS -> "vacuous";
            case UNKNOWN -> "unknown";
            case ERROR -> "error";
        };
    }
}
