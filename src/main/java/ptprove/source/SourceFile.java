package ptprove.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one spec file with its line table. {@code displayPath} is the path as the user named it (or as an
 * import resolved it, relative to the user's path), so diagnostics and reports print what the user typed.
 */
public final class SourceFile {
    private final Path path;
    private final String displayPath;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(Path path, String displayPath, String text) {
        this.path = path;
        this.displayPath = displayPath;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts.add(i + 1);
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public Path path() { return path; }
    public String displayPath() { return displayPath; }
    public String text() { return text; }
    public int lineCount() { return lineStarts.length; }

    /** The text of 1-based line {@code line}, without its line terminator. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int from = lineStarts[line - 1];
        int to = line < lineStarts.length ? lineStarts[line] : text.length();
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) to--;
        return text.substring(from, to);
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** A span from character offset {@code start} (inclusive) to {@code end} (exclusive). */
    public Span span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new Span(this, s, e);
    }

    @Override public String toString() { return displayPath; }
}
