package ptprove.report;

import ptprove.result.Verdict;

/**
 * Colour for the text renderers: none by default, ANSI when the CLI has decided the output is a terminal that
 * wants it (it checks {@code NO_COLOR}). Colour wraps text that is already laid out, so escape sequences never
 * count towards a column.
 *
 * @param timings whether durations are printed; without them, output is byte-identical across runs
 */
public record Style(boolean colour, boolean timings) {
    public static final Style PLAIN = new Style(false, true);
    public static final Style ANSI = new Style(true, true);

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RED = "\u001b[1;31m";
    private static final String MAGENTA = "\u001b[1;35m";

    public static Style of(boolean colour) { return colour ? ANSI : PLAIN; }

    /** No colour; durations only when {@code timings}. */
    public static Style plain(boolean timings) { return timings ? PLAIN : PLAIN.withoutTimings(); }

    public Style withoutTimings() { return new Style(colour, false); }

    /** {@code text} (padded or not) in the colour of {@code verdict}; padding stays outside the escapes. */
    String verdict(Verdict verdict, String text) {
        return paint(text, switch (verdict) {
            case PROVED, WITNESSED -> GREEN;
            case REFUTED, UNWITNESSED -> RED;
            case VACUOUS, UNKNOWN -> YELLOW;
            case ERROR -> MAGENTA;
        });
    }

    String bold(String text) { return paint(text, BOLD); }

    private String paint(String text, String code) {
        if (!colour) return text;
        int from = 0, to = text.length();
        while (from < to && text.charAt(from) == ' ') from++;
        while (to > from && text.charAt(to - 1) == ' ') to--;
        if (from == to) return text;
        return text.substring(0, from) + code + text.substring(from, to) + RESET + text.substring(to);
    }
}
