package ptprove.ir;

import java.util.ArrayList;
import java.util.List;
import ptprove.source.Span;

/**
 * Smart constructors: check sorts, fold constants with C {@code unsigned long} semantics on {@code width} bits,
 * and simplify only where the result is obviously equal (x & 0, true && x, ite on a constant). Folding is what
 * makes configuration-level facts (a layout) concrete numbers before any solver sees them.
 *
 * <p>Division follows SMT-LIB: x / 0 = all ones, x % 0 = x (C leaves it undefined; the checker warns about
 * constant zero divisors). Shifts by the width or more give 0 (C: undefined; the checker warns).
 */
public final class Terms {
    private Terms() {}

    public static final Term TRUE = new Term.BoolConst(true, Span.SYNTHETIC);
    public static final Term FALSE = new Term.BoolConst(false, Span.SYNTHETIC);

    public static long mask(int width) {
        return width >= 64 ? -1L : (1L << width) - 1;
    }

    public static Term.Const bv(long value, int width, Span span) {
        return new Term.Const(value & mask(width), width, span);
    }

    public static Term bool(boolean b, Span span) {
        return new Term.BoolConst(b, span);
    }

    public static boolean isConst(Term t) {
        return t instanceof Term.Const || t instanceof Term.BoolConst;
    }

    public static boolean isTrue(Term t) { return t instanceof Term.BoolConst b && b.value(); }
    public static boolean isFalse(Term t) { return t instanceof Term.BoolConst b && !b.value(); }

    /** The value of a constant bit-vector term; throws for anything else. */
    public static long value(Term t) {
        if (t instanceof Term.Const c) return c.value();
        throw new IllegalArgumentException("not a constant: " + t);
    }

    public static boolean boolValue(Term t) {
        if (t instanceof Term.BoolConst b) return b.value();
        throw new IllegalArgumentException("not a constant: " + t);
    }

    // ---- bit-vector operators

    public static Term un(Op op, Term a, Span span) {
        requireBv(a, op);
        if (a instanceof Term.Const c) {
            long v = op == Op.BVNOT ? ~c.value() : -c.value();
            return bv(v, a.width(), span);
        }
        return new Term.App(op, List.of(a), a.width(), span);
    }

    public static Term bin(Op op, Term a, Term b, Span span) {
        requireBv(a, op);
        requireBv(b, op);
        if (a.width() != b.width()) throw new IllegalArgumentException("width mismatch in " + op);
        int w = a.width();
        if (op == Op.ULT || op == Op.ULE) return cmp(op, a, b, span);
        if (a instanceof Term.Const x && b instanceof Term.Const y) {
            return bv(fold(op, x.value(), y.value(), w), w, span);
        }
        // identities that keep terms small without changing meaning
        if (b instanceof Term.Const y) {
            long v = y.value();
            if (v == 0 && (op == Op.ADD || op == Op.SUB || op == Op.BVOR || op == Op.BVXOR || op == Op.SHL || op == Op.LSHR)) return a;
            if (v == 0 && (op == Op.BVAND || op == Op.MUL)) return bv(0, w, span);
            if (v == mask(w) && op == Op.BVAND) return a;
            if ((op == Op.SHL || op == Op.LSHR) && Long.compareUnsigned(v, w) >= 0) return bv(0, w, span);
        }
        if (a instanceof Term.Const x) {
            long v = x.value();
            if (v == 0 && (op == Op.ADD || op == Op.BVOR || op == Op.BVXOR)) return b;
            if (v == 0 && (op == Op.BVAND || op == Op.MUL || op == Op.SHL || op == Op.LSHR)) return bv(0, w, span);
        }
        return new Term.App(op, List.of(a, b), w, span);
    }

    /** Constant folding, shared by {@link #bin}; public so tests can compare it with the reference evaluator. */
    public static long fold(Op op, long x, long y, int w) {
        long m = mask(w);
        x &= m;
        y &= m;
        long r = switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case UDIV -> y == 0 ? m : Long.divideUnsigned(x, y);
            case UREM -> y == 0 ? x : Long.remainderUnsigned(x, y);
            case SHL -> Long.compareUnsigned(y, w) >= 0 ? 0 : x << y;
            case LSHR -> Long.compareUnsigned(y, w) >= 0 ? 0 : x >>> y;
            case BVAND -> x & y;
            case BVOR -> x | y;
            case BVXOR -> x ^ y;
            default -> throw new IllegalArgumentException(op + " is not a bit-vector operator");
        };
        return r & m;
    }

    private static Term cmp(Op op, Term a, Term b, Span span) {
        if (a instanceof Term.Const x && b instanceof Term.Const y) {
            int c = Long.compareUnsigned(x.value(), y.value());
            return bool(op == Op.ULT ? c < 0 : c <= 0, span);
        }
        if (op == Op.ULE && b instanceof Term.Const y && y.value() == mask(b.width())) return bool(true, span);
        if (op == Op.ULT && b instanceof Term.Const y && y.value() == 0) return bool(false, span);
        if (op == Op.ULE && a instanceof Term.Const x && x.value() == 0) return bool(true, span);
        return new Term.App(op, List.of(a, b), 0, span);
    }

    public static Term ult(Term a, Term b, Span span) { return bin(Op.ULT, a, b, span); }
    public static Term ule(Term a, Term b, Span span) { return bin(Op.ULE, a, b, span); }

    public static Term eq(Term a, Term b, Span span) {
        if (a.width() != b.width()) throw new IllegalArgumentException("sort mismatch in =");
        if (a instanceof Term.Const x && b instanceof Term.Const y) return bool(x.value() == y.value(), span);
        if (a instanceof Term.BoolConst x && b instanceof Term.BoolConst y) return bool(x.value() == y.value(), span);
        if (a == b) return bool(true, span);
        if (a.isBool()) {
            if (isTrue(a)) return b;
            if (isTrue(b)) return a;
            if (isFalse(a)) return not(b, span);
            if (isFalse(b)) return not(a, span);
        }
        return new Term.App(Op.EQ, List.of(a, b), 0, span);
    }

    // ---- boolean operators

    public static Term not(Term a, Span span) {
        requireBool(a, Op.NOT);
        if (a instanceof Term.BoolConst c) return bool(!c.value(), span);
        if (a instanceof Term.App app && app.op() == Op.NOT) return app.args().get(0);
        return new Term.App(Op.NOT, List.of(a), 0, span);
    }

    public static Term and(List<Term> args, Span span) { return junction(Op.AND, args, span); }

    public static Term and(Term a, Term b, Span span) { return and(List.of(a, b), span); }

    public static Term or(List<Term> args, Span span) { return junction(Op.OR, args, span); }

    public static Term or(Term a, Term b, Span span) { return or(List.of(a, b), span); }

    /**
     * {@code op} (AND, or OR) of {@code args}: nested terms of the same op flattened, its neutral constant (true for
     * AND, false for OR) dropped, the other one the whole result; one term left is itself, none the neutral one.
     */
    private static Term junction(Op op, List<Term> args, Span span) {
        boolean neutral = op == Op.AND;
        List<Term> kept = new ArrayList<>();
        for (Term t : args) {
            requireBool(t, op);
            if (t instanceof Term.BoolConst c) {
                if (c.value() != neutral) return bool(!neutral, span);
                continue;
            }
            if (t instanceof Term.App app && app.op() == op) kept.addAll(app.args());
            else kept.add(t);
        }
        if (kept.isEmpty()) return bool(neutral, span);
        if (kept.size() == 1) return kept.get(0);
        return new Term.App(op, kept, 0, span);
    }

    public static Term implies(Term a, Term b, Span span) {
        requireBool(a, Op.IMPLIES);
        requireBool(b, Op.IMPLIES);
        if (isFalse(a) || isTrue(b)) return bool(true, span);
        if (isTrue(a)) return b;
        if (isFalse(b)) return not(a, span);
        return new Term.App(Op.IMPLIES, List.of(a, b), 0, span);
    }

    public static Term ite(Term c, Term t, Term e, Span span) {
        requireBool(c, null);
        if (t.width() != e.width()) throw new IllegalArgumentException("sort mismatch in ite");
        if (c instanceof Term.BoolConst b) return b.value() ? t : e;
        if (t == e) return t;
        if (t.isBool() && isTrue(t) && isFalse(e)) return c;
        if (t.isBool() && isFalse(t) && isTrue(e)) return not(c, span);
        return new Term.Ite(c, t, e, span);
    }

    public static Term.Var var(String name, int width, Span span) {
        return new Term.Var(name, width, span);
    }

    private static void requireBv(Term t, Op op) {
        if (t.isBool()) throw new IllegalArgumentException("boolean operand of " + op);
    }

    private static void requireBool(Term t, Op op) {
        if (!t.isBool()) throw new IllegalArgumentException("bit-vector operand of " + (op == null ? "ite" : op));
    }
}
