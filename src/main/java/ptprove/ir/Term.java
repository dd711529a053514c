package ptprove.ir;

import java.util.List;
import ptprove.source.Span;

/**
 * A quantifier-free bit-vector or boolean term. {@link #width()} is the bit-vector width, or 0 for booleans.
 * Terms form a DAG (SSA values are shared). Build them through {@link Terms}, which folds constants and checks
 * sorts.
 *
 * <p>Leaves ({@link Const}, {@link BoolConst}, {@link Var}) are values, equal when their components are. An
 * interior node ({@link App}, {@link Ite}) is equal only to itself: {@code equals} and {@code hashCode} are
 * identity, because a structural hash of a DAG walks every path (exponential in the sharing), which made any map
 * keyed by a term or an obligation a trap. What "the same query" means is {@code lower.Fingerprint}'s business
 * (a hash of the canonical text).
 */
public sealed interface Term {
    Span span();
    int width();

    default boolean isBool() { return width() == 0; }

    /** The direct subterms: an application's arguments, an ite's condition and branches; none for a leaf. */
    default List<Term> children() { return List.of(); }

    /** A bit-vector constant; {@code value} holds the low {@code width} bits (unsigned). */
    record Const(long value, int width, Span span) implements Term {}

    record BoolConst(boolean value, Span span) implements Term {
        public int width() { return 0; }
    }

    /**
     * A free variable of the obligation: a quantified name, a {@code var}, or a choice hidden in an existential
     * walk member. Equal by name, width and span; {@code name} is unique within an obligation.
     */
    record Var(String name, int width, Span span) implements Term {}

    record App(Op op, List<Term> args, int width, Span span) implements Term {
        public App { args = List.copyOf(args); }
        @Override public List<Term> children() { return args; }
        @Override public boolean equals(Object o) { return this == o; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    record Ite(Term condition, Term then, Term otherwise, Span span) implements Term {
        public int width() { return then.width(); }
        @Override public List<Term> children() { return List.of(condition, then, otherwise); }
        @Override public boolean equals(Object o) { return this == o; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }
}
