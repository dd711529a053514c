package ptprove.kernel;

import ptprove.source.SourceFile;
import ptprove.source.Span;

/** Spans in kernel files from the line/column positions the preprocessor reports. */
final class Spans {
    private Spans() {}

    /** Offset of 1-based {@code line}'s start; the end of the text past the last line. */
    static int lineStart(SourceFile f, int line) {
        String text = f.text();
        int off = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', off);
            if (nl < 0) return text.length();
            off = nl + 1;
        }
        return off;
    }

    /** The rest of the line from 0-based {@code column} (jcpp counts from 0), or the whole line. */
    static Span at(SourceFile f, int line, int column) {
        if (line <= 0) return f.span(0, 0);
        int start = lineStart(f, line);
        int end = f.text().indexOf('\n', start);
        if (end < 0) end = f.text().length();
        int s = Math.min(end, start + Math.max(0, column));
        return f.span(s == end ? start : s, end);
    }

    /**
     * The name in the {@code #define} of {@code name} that covers {@code line} (the body may start on a
     * continuation line, which is the line jcpp knows): the directive is searched from there upwards.
     */
    static Span define(SourceFile f, int line, String name) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("#\\s*define\\s+(" + java.util.regex.Pattern.quote(name) + ")\\b");
        for (int l = line; l > 0 && l > line - 20; l--) {
            int start = lineStart(f, l);
            int end = f.text().indexOf('\n', start);
            if (end < 0) end = f.text().length();
            java.util.regex.Matcher m = p.matcher(f.text().substring(start, end));
            if (m.find()) return f.span(start + m.start(1), start + m.end(1));
        }
        return at(f, line, 0);
    }
}
