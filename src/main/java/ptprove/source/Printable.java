package ptprove.source;

/**
 * Text that comes from outside a spec's contents, such as a file name or a path typed on the command line,
 * made safe to print on a terminal and to keep on one line of a report or a proof record: control characters
 * (newlines, the escape that starts a terminal sequence), DEL, the C1 controls and Unicode format characters
 * (bidirectional overrides) become visible escapes, {@code \x1b} or {@code \u202e}. Everything else, non-ASCII
 * letters included, is kept.
 */
public final class Printable {
    private Printable() {}

    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
            if (hidden && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (out == null) continue;
            if (!hidden) out.append(c);
            else if (c < 0x100) out.append(String.format("\\x%02x", (int) c));
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out == null ? text : out.toString();
    }
}
