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

    /** {@code FIELD[lo, hi) = value;} in an event: the field's chunks that meet [lo, hi) get the value. */
    record Fill(Span span, Name target, Expr lo, Expr hi, Expr value) implements Stmt {}

    /**
     * How an event's loop advances. {@code CHUNKS}: {@code for (addr = lo; addr < hi; addr = next)} with
     * {@code next = pXd_addr_end(addr, hi)} for a chunk of {@code granule} bytes; {@code STEP}:
     * {@code for (addr = lo; addr < hi; addr += granule)}, the chunk being the one that holds {@code addr}.
     */
    enum LoopForm { CHUNKS, STEP }

    /** A loop of an event over [lo, hi); {@code next} is null for a STEP loop. */
    record Loop(Span span, LoopForm form, Name addr, Name next, Expr lo, Expr hi, Expr granule, Stmt body)
            implements Stmt {}
}
