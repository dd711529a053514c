package ptprove.lower;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Deadline;
import ptprove.ir.Op;
import ptprove.ir.PostOrder;
import ptprove.ir.Term;
import ptprove.ir.Terms;

/**
 * IR terms to Z3 expressions in one {@link Context}, operator for operator (the IR's operators are QF_BV's).
 * Memoised by identity, so a DAG stays a DAG; traversal is iterative, so deep terms are fine. Variables with the
 * same name are the same Z3 constant.
 *
 * <p>For {@code ptprove.solve} only: this is the one public class whose signature carries Z3 types, and every
 * expression it returns dies with its context. Not thread-safe (neither is a {@code Context}).
 */
public final class Z3Lowering {
    private final Context ctx;
    private final IdentityHashMap<Term, Expr<?>> memo = new IdentityHashMap<>();
    private final Map<String, Expr<?>> variables = new HashMap<>();
    private final Map<String, Integer> variableWidths = new HashMap<>();

    public Z3Lowering(Context ctx) {
        this.ctx = ctx;
    }

    /** The expression for a boolean term. */
    public BoolExpr lowerBool(Term t) {
        if (!t.isBool()) throw new IllegalArgumentException("expected a boolean term, got width " + t.width());
        return (BoolExpr) lower(t);
    }

    /** The expression for {@code root}, lowering each distinct (by identity) subterm once. */
    public Expr<?> lower(Term root) {
        PostOrder.visit(root, memo::containsKey, t -> {
            Deadline.tick();
            memo.put(t, build(t));
        });
        return memo.get(root);
    }

    /** The Z3 constant for a variable (the one {@link #lower} uses), e.g. to read its value from a model. */
    public Expr<?> variable(Term.Var v) {
        Integer width = variableWidths.putIfAbsent(v.name(), v.width());
        if (width != null && width != v.width()) {
            throw new IllegalArgumentException("variable " + v.name() + " has widths " + width + " and " + v.width());
        }
        return variables.computeIfAbsent(v.name(),
                n -> v.isBool() ? ctx.mkBoolConst(n) : ctx.mkBVConst(n, v.width()));
    }

    /** How many distinct terms (by identity) this instance has lowered. */
    public int size() {
        return memo.size();
    }

    private Expr<?> build(Term t) {
        if (t instanceof Term.Const c) {
            if (c.width() <= 0) throw new IllegalArgumentException("bit-vector width " + c.width());
            // Z3's long overload is signed; the decimal string of the unsigned value is exact for any width
            return ctx.mkBV(Long.toUnsignedString(c.value() & Terms.mask(c.width())), c.width());
        }
        if (t instanceof Term.BoolConst b) return ctx.mkBool(b.value());
        if (t instanceof Term.Var v) return variable(v);
        if (t instanceof Term.Ite i) {
            if (i.then().width() != i.otherwise().width()) throw new IllegalArgumentException("sort mismatch in ite");
            return ctx.mkITE(bool(i.condition()), memo.get(i.then()), memo.get(i.otherwise()));
        }
        return app((Term.App) t);
    }

    private Expr<?> app(Term.App t) {
        Op op = t.op();
        List<Term> args = t.args();
        if (op.arity() >= 0 && args.size() != op.arity()) {
            throw new IllegalArgumentException(op + " applied to " + args.size() + " arguments");
        }
        switch (op) {
            case AND: return ctx.mkAnd(bools(args));
            case OR: return ctx.mkOr(bools(args));
            case NOT: return ctx.mkNot(bool(args.get(0)));
            case IMPLIES: return ctx.mkImplies(bool(args.get(0)), bool(args.get(1)));
            case EQ:
                if (args.get(0).width() != args.get(1).width()) throw new IllegalArgumentException("sort mismatch in =");
                return ctx.mkEq(memo.get(args.get(0)), memo.get(args.get(1))); // on booleans: iff
            case BVNOT: return ctx.mkBVNot(bv(args.get(0)));
            case BVNEG: return ctx.mkBVNeg(bv(args.get(0)));
            default: break;
        }
        if (args.get(0).width() != args.get(1).width()) throw new IllegalArgumentException("width mismatch in " + op);
        Expr<BitVecSort> a = bv(args.get(0));
        Expr<BitVecSort> b = bv(args.get(1));
        switch (op) {
            case ADD: return ctx.mkBVAdd(a, b);
            case SUB: return ctx.mkBVSub(a, b);
            case MUL: return ctx.mkBVMul(a, b);
            case UDIV: return ctx.mkBVUDiv(a, b);
            case UREM: return ctx.mkBVURem(a, b);
            case SHL: return ctx.mkBVSHL(a, b);
            case LSHR: return ctx.mkBVLSHR(a, b);
            case BVAND: return ctx.mkBVAND(a, b);
            case BVOR: return ctx.mkBVOR(a, b);
            case BVXOR: return ctx.mkBVXOR(a, b);
            case ULT: return ctx.mkBVULT(a, b);
            case ULE: return ctx.mkBVULE(a, b);
            default: throw new IllegalStateException("unhandled operator " + op);
        }
    }

    @SuppressWarnings("unchecked")
    private Expr<BitVecSort> bv(Term t) {
        if (t.isBool()) throw new IllegalArgumentException("boolean where a bit-vector is needed");
        return (Expr<BitVecSort>) memo.get(t);
    }

    @SuppressWarnings("unchecked")
    private Expr<BoolSort> bool(Term t) {
        if (!t.isBool()) throw new IllegalArgumentException("bit-vector where a boolean is needed");
        return (Expr<BoolSort>) memo.get(t);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation
    private Expr<BoolSort>[] bools(List<Term> args) {
        Expr<BoolSort>[] out = new Expr[args.size()];
        for (int i = 0; i < out.length; i++) out[i] = bool(args.get(i));
        return out;
    }
}
