package ptprove.syntax.ast;

import ptprove.source.Span;

/** An identifier occurrence: a declared name or a reference, with its own span for precise carets. */
public record Name(String text, Span span) implements Node {
    @Override public String toString() { return text; }
}
