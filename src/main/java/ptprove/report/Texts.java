package ptprove.report;

import java.util.ArrayList;
import java.util.List;

/** Column arithmetic for the text renderers: padding, truncation and wrapping to a fixed width. */
final class Texts {
    private Texts() {}

    /** The width of every text report line. */
    static final int WIDTH = 80;

    /** The indent of continuation and detail lines in every text report (the reports share each other's lines). */
    static final String INDENT = "  ";

    static final String ELLIPSIS = "...";

    static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /**
     * {@code s} shortened to {@code max} columns by cutting out its middle: the start and the end of an
     * identifier are what tell {@code vmemmap_free_spares_vmalloc} from {@code vmemmap_free_spares_linear}.
     */
    static String truncateMiddle(String s, int max) {
        if (s.length() <= max) return s;
        if (max <= ELLIPSIS.length()) return s.substring(0, Math.max(0, max));
        int keep = max - ELLIPSIS.length();
        int head = (keep + 1) / 2;
        return s.substring(0, head) + ELLIPSIS + s.substring(s.length() - (keep - head));
    }

    /** {@code s} cut to {@code max} columns, ending in {@link #ELLIPSIS} when cut (for source excerpts). */
    static String truncateEnd(String s, int max) {
        if (s.length() <= max) return s;
        return s.substring(0, Math.max(0, max - ELLIPSIS.length())) + ELLIPSIS;
    }

    /**
     * Greedy wrapping of space-separated tokens: the first line starts with {@code first}, later ones with
     * {@code rest}; a token too long for a line of its own is truncated.
     */
    static List<String> wrap(List<String> tokens, String first, String rest, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String token : tokens) {
            if (!empty && line.length() + 1 + token.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            String t = truncateMiddle(token, width - line.length() - (empty ? 0 : 1));
            if (!empty) line.append(' ');
            line.append(t);
            empty = false;
        }
        if (!empty || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }

    /** Control characters (from a solver's message, say) shown as escapes, never sent to a terminal. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0)) b.appendCodePoint(cp);
            else if (cp == '\n' || cp == '\t') b.append(' ');
            else b.append(String.format("\\x%02x", cp));
        });
        return b.toString();
    }

    /** {@code n word} or {@code n words}. */
    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
