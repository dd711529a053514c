package ptprove.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.result.Outcome;
import ptprove.source.Span;

/** Hand-built obligations for the lower and solve tests, and a tiny evaluator to check models against them. */
public final class Samples {
    private Samples() {}

    public static final Span S = Span.SYNTHETIC;

    public static Term.Var var(String name, int width) { return Terms.var(name, width, S); }
    public static Term bv(long value, int width) { return Terms.bv(value, width, S); }
    public static Term bin(Op op, Term a, Term b) { return Terms.bin(op, a, b, S); }
    public static Term eq(Term a, Term b) { return Terms.eq(a, b, S); }
    public static Term ult(Term a, Term b) { return Terms.ult(a, b, S); }
    public static Term and(Term... ts) { return Terms.and(List.of(ts), S); }
    public static Term not(Term t) { return Terms.not(t, S); }

    public static Obligation theorem(String name, Term assumptions, Term claim, Term.Var... vars) {
        return obligation("specs/test.ptl", name, Obligation.Kind.THEOREM, assumptions, claim, vars);
    }

    public static Obligation example(String name, Term assumptions, Term claim, Term.Var... vars) {
        return obligation("specs/test.ptl", name, Obligation.Kind.EXAMPLE, assumptions, claim, vars);
    }

    public static Obligation obligation(String spec, String name, Obligation.Kind kind, Term assumptions, Term claim,
                                        Term.Var... vars) {
        List<Obligation.Variable> vs = new ArrayList<>();
        for (Term.Var v : vars) vs.add(new Obligation.Variable(v, v.name(), Obligation.Origin.BOUND));
        int width = vars.length == 0 ? 64 : Math.max(1, vars[0].width());
        return new Obligation(spec, 0, name, kind, S, Config.EMPTY, width, vs, assumptions, claim);
    }

    /** forall x:64. x & 0xfff == 0 ==> (x + 0x1000) & 0xfff == 0: proved. */
    public static Obligation alignedAdd() {
        Term.Var x = var("x", 64);
        Term low = bv(0xfff, 64);
        return theorem("aligned_add", eq(bin(Op.BVAND, x, low), bv(0, 64)),
                eq(bin(Op.BVAND, bin(Op.ADD, x, bv(0x1000, 64)), low), bv(0, 64)), x);
    }

    /** forall x:64. x < x + 1: refuted, only by x = 0xffffffffffffffff. */
    public static Obligation successorGrows() {
        Term.Var x = var("x", 64);
        return theorem("successor_grows", Terms.TRUE, ult(x, bin(Op.ADD, x, bv(1, 64))), x);
    }

    /** x * y == 0xc2a4d8f07ce8d0b7 with 1 < x, y < 2^32: a factoring problem no small budget finishes. */
    public static Term factoring(Term.Var x, Term.Var y) {
        Term two32 = bv(1L << 32, 64);
        return and(eq(bin(Op.MUL, x, y), bv(0xc2a4d8f07ce8d0b7L, 64)), ult(bv(1, 64), x), ult(bv(1, 64), y),
                ult(x, two32), ult(y, two32));
    }

    /**
     * Fifty obligations with every definite verdict, widths 7 to 64 and a boolean variable. Every satisfiable
     * query has exactly one model, so models are comparable across runs by construction.
     */
    public static List<Obligation> suite() {
        int[] widths = {7, 8, 16, 32, 64};
        List<Obligation> out = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            int w = widths[k % widths.length];
            Term.Var x = var("x", w);
            Term.Var b = Terms.var("flag", 0, S);
            long align = 1L << (k % 4 + 1); // 4 and 5 are coprime: no two alike
            Term mask = bv(align - 1, w);
            // proved: aligned + alignment stays aligned
            out.add(theorem("aligned_" + k, eq(bin(Op.BVAND, x, mask), bv(0, w)),
                    eq(bin(Op.BVAND, bin(Op.ADD, x, bv(align, w)), mask), bv(0, w)), x));
            // refuted with a unique model: 3 is invertible modulo 2^w
            out.add(theorem("times_three_" + k, Terms.TRUE, not(eq(bin(Op.MUL, x, bv(3, w)), bv(7 + k, w))), x));
            // vacuous: x < k and x > k + 5
            out.add(theorem("vacuous_" + k, and(ult(x, bv(k, w)), ult(bv(k + 5, w), x)), eq(x, bv(0, w)), x));
            // witnessed, unique: flag && (x ^ 0x5a) + k == 0x33
            out.add(example("xor_" + k, Terms.TRUE,
                    and(b, eq(bin(Op.ADD, bin(Op.BVXOR, x, bv(0x5a, w)), bv(k, w)), bv(0x33, w))), x, b));
            // unwitnessed: twice anything is even
            out.add(example("odd_double_" + k, ult(x, bv(100, w)), eq(bin(Op.MUL, x, bv(2, w)), bv(2L * k + 1, w)), x));
        }
        return out;
    }

    /** The model as a name → value map. */
    public static Map<String, Long> env(Outcome outcome) {
        Map<String, Long> env = new HashMap<>();
        for (Outcome.Value v : outcome.model()) env.put(v.variable().var().name(), v.value());
        return env;
    }

    /**
     * Evaluates {@code t} under {@code env} (booleans as 0/1) with Java arithmetic: an oracle independent of Z3,
     * memoised by identity so shared DAGs stay cheap.
     */
    public static long eval(Term t, Map<String, Long> env) {
        return eval(t, env, new IdentityHashMap<>());
    }

    private static long eval(Term t, Map<String, Long> env, Map<Term, Long> memo) {
        Long known = memo.get(t);
        if (known != null) return known;
        long r;
        if (t instanceof Term.Const c) r = c.value();
        else if (t instanceof Term.BoolConst b) r = b.value() ? 1 : 0;
        else if (t instanceof Term.Var v) r = env.getOrDefault(v.name(), 0L);
        else if (t instanceof Term.Ite i) r = eval(i.condition(), env, memo) != 0 ? eval(i.then(), env, memo) : eval(i.otherwise(), env, memo);
        else {
            Term.App a = (Term.App) t;
            List<Term> args = a.args();
            long[] v = new long[args.size()];
            for (int k = 0; k < v.length; k++) v[k] = eval(args.get(k), env, memo);
            int w = args.get(0).width();
            switch (a.op()) {
                case BVNOT: r = ~v[0] & Terms.mask(w); break;
                case BVNEG: r = -v[0] & Terms.mask(w); break;
                case ULT: r = Long.compareUnsigned(v[0], v[1]) < 0 ? 1 : 0; break;
                case ULE: r = Long.compareUnsigned(v[0], v[1]) <= 0 ? 1 : 0; break;
                case EQ: r = v[0] == v[1] ? 1 : 0; break;
                case NOT: r = 1 - v[0]; break;
                case AND: r = 1; for (long x : v) r &= x; break;
                case OR: r = 0; for (long x : v) r |= x; break;
                case IMPLIES: r = v[0] == 0 || v[1] != 0 ? 1 : 0; break;
                default: r = Terms.fold(a.op(), v[0], v[1], w);
            }
        }
        memo.put(t, r);
        return r;
    }

    /** Whether the obligation's query (assumptions and not claim, or assumptions and claim) holds under env. */
    public static boolean querySatisfied(Obligation o, Map<String, Long> env) {
        boolean claim = eval(o.claim(), env) != 0;
        boolean wanted = o.kind() == Obligation.Kind.THEOREM ? !claim : claim;
        return eval(o.assumptions(), env) != 0 && wanted;
    }
}
