package ptprove.source;

/**
 * A half-open character range [start, end) in one source file. Every AST node and IR term carries one, so a
 * diagnostic, an unsat core or a counterexample value can point at a line. {@link #SYNTHETIC} marks nodes the
 * tool made itself (built-ins, defaults); such spans say so instead of pointing at text.
 */
public record Span(SourceFile file, int start, int end) {
    public static final Span SYNTHETIC = new Span(null, 0, 0);

    public boolean isSynthetic() { return file == null; }
    public int line() { return file == null ? 0 : file.lineOf(start); }
    public int column() { return file == null ? 0 : file.columnOf(start); }
    public int endLine() { return file == null ? 0 : file.lineOf(Math.max(start, end - 1)); }

    /** The smallest span covering both (same file assumed; a synthetic side yields the other). */
    public Span to(Span other) {
        if (isSynthetic()) return other;
        if (other.isSynthetic() || other.file != file) return this;
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public String text() { return file == null ? "" : file.text().substring(start, end); }

    /** {@code file:line:col}, or {@code <built-in>} for synthetic spans. */
    public String location() {
        return file == null ? "<built-in>" : file.displayPath() + ":" + line() + ":" + column();
    }

    // Spans identify places, not files' contents: equality on the file object and offsets, hashing cheaply.
    @Override public boolean equals(Object o) {
        return o instanceof Span s && s.file == file && s.start == start && s.end == end;
    }
    @Override public int hashCode() { return System.identityHashCode(file) * 31 * 31 + start * 31 + end; }
    @Override public String toString() { return location(); }
}
