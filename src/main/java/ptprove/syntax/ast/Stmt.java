package ptprove.syntax.ast;

import java.util.List;
import ptprove.source.Span;

/** Statements of a fn body: loop-free, so they lower to SSA. */
public sealed interface Stmt extends Node {

    record Local(Span span, TypeName type, Name name, Expr init) implements Stmt {}

    /** {@code target op= value}; {@code op} is null for plain assignment. */
    record Assign(Span span, Name target, Expr.BinOp op, Expr value) implements Stmt {}

    record If(Span span, Expr condition, Stmt then, Stmt otherwise) implements Stmt {}

    record Return(Span span, Expr value) implements Stmt {}

    record Block(Span span, List<Stmt> stmts) implements Stmt {
        public Block { stmts = List.copyOf(stmts); }
    }
}
