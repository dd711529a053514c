package ptprove.syntax.ast;

import java.math.BigInteger;
import java.util.List;
import ptprove.source.Span;

/** Expressions. Parentheses leave no node; the inner node keeps its own span. */
public sealed interface Expr extends Node {

    enum UnOp {
        NOT("!"), COMPL("~"), NEG("-");
        private final String symbol;
        UnOp(String symbol) { this.symbol = symbol; }
        public String symbol() { return symbol; }
    }

    enum BinOp {
        MUL("*"), DIV("/"), MOD("%"), ADD("+"), SUB("-"), SHL("<<"), SHR(">>"),
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="),
        BITAND("&"), BITXOR("^"), BITOR("|"), AND("&&"), OR("||"), IMPLIES("==>");

        private final String symbol;
        BinOp(String symbol) { this.symbol = symbol; }
        public String symbol() { return symbol; }

        public boolean isArithmetic() { return ordinal() <= SHR.ordinal() || this == BITAND || this == BITXOR || this == BITOR; }
        public boolean isComparison() { return this == LT || this == LE || this == GT || this == GE; }
        public boolean isEquality() { return this == EQ || this == NE; }
        public boolean isLogical() { return this == AND || this == OR || this == IMPLIES; }

        public static BinOp fromSymbol(String s) {
            for (BinOp op : values()) if (op.symbol.equals(s)) return op;
            throw new IllegalArgumentException(s);
        }
    }

    enum Quantifier { FORALL, EXISTS }

    /** {@code text} is the literal as written (hex stays hex in messages). */
    record IntLit(Span span, BigInteger value, String text) implements Expr {}

    record BoolLit(Span span, boolean value) implements Expr {}

    record NameRef(Span span, String name) implements Expr {}

    record Call(Span span, Name callee, List<Expr> args) implements Expr {
        public Call { args = List.copyOf(args); }
    }

    /** {@code target.member} or {@code target.member(args)}; {@code args} is null without parentheses. */
    record Member(Span span, Expr target, Name member, List<Expr> args) implements Expr {
        public Member { args = args == null ? null : List.copyOf(args); }
    }

    record Unary(Span span, UnOp op, Expr operand) implements Expr {}

    record Binary(Span span, BinOp op, Expr left, Expr right) implements Expr {}

    record In(Span span, Expr element, SetExpr set) implements Expr {}

    record Within(Span span, Expr inner, Expr outer) implements Expr {}

    record Cond(Span span, Expr condition, Expr then, Expr otherwise) implements Expr {}

    record Tuple(Span span, List<Expr> items) implements Expr {
        public Tuple { items = List.copyOf(items); }
    }

    /** {@code domain} is null for a plain value binder. */
    record Binder(Span span, Name name, SetExpr domain) implements Node {}

    record Quant(Span span, Quantifier quantifier, List<Binder> binders, Expr where, Expr body) implements Expr {
        public Quant { binders = List.copyOf(binders); }
    }

    /** The right-hand side of {@code in}. */
    sealed interface SetExpr extends Node {}

    record EnumSet(Span span, List<Expr> items) implements SetExpr {
        public EnumSet { items = List.copyOf(items); }
    }

    record RangeSet(Span span, Expr start, Expr end) implements SetExpr {}

    /** A region or a pagetable (for level binders), resolved by the checker. */
    record NamedSet(Span span, Name name) implements SetExpr {}
}
