package ptprove.source;

/**
 * Renders a diagnostic compiler-style: {@code file:line:col: error[PTL0202]: message}, then the source line
 * with a caret under the span, then any notes the same way.
 */
public final class DiagnosticFormatter {
    private DiagnosticFormatter() {}

    public static String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.span().location()).append(": ").append(d.severity().label())
          .append('[').append(d.code().id()).append("]: ").append(d.message()).append('\n');
        excerpt(sb, d.span());
        for (Diagnostic.Note n : d.notes()) {
            sb.append(n.span().location()).append(": note: ").append(n.message()).append('\n');
            excerpt(sb, n.span());
        }
        return sb.toString();
    }

    /** The source line of {@code span} with a caret under it, as diagnostics show it; empty for synthetic spans. */
    public static String excerpt(Span span) {
        StringBuilder sb = new StringBuilder();
        excerpt(sb, span);
        return sb.toString();
    }

    private static void excerpt(StringBuilder sb, Span span) {
        if (span.isSynthetic()) return;
        int line = span.line();
        String text = span.file().line(line);
        String gutter = String.format("%5d | ", line);
        sb.append(gutter).append(printable(text)).append('\n');
        int col = span.column();
        int maxWidth = Math.max(1, text.length() - col + 1);
        int width = span.endLine() == line ? span.end() - span.start() : maxWidth;
        width = Math.max(1, Math.min(width, maxWidth));
        StringBuilder marker = new StringBuilder();
        for (int i = 1; i < col && i <= text.length(); i++) marker.append(text.charAt(i - 1) == '\t' ? '\t' : ' ');
        marker.append('^');
        marker.append("~".repeat(width - 1));
        sb.append(" ".repeat(gutter.length() - 2)).append("| ").append(marker).append('\n');
    }

    /** Control characters (NUL, escape sequences from hostile input) are shown, never sent to the terminal. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t' || (cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0))) b.appendCodePoint(cp);
            else b.append(String.format("\\x%02x", cp));
        });
        return b.toString();
    }
}
