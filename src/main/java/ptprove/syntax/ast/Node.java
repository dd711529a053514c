package ptprove.syntax.ast;

import ptprove.source.Span;

/** Every AST node knows where it came from. */
public interface Node {
    Span span();
}
