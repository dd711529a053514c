package ptprove.solve;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.math.BigInteger;
import java.util.function.LongFunction;
import ptprove.ir.Obligation;
import ptprove.lower.Z3Lowering;

/**
 * Makes a satisfying model simpler to read, on the solver that found it: the smallest range {@code end - start}
 * (to a power of two: the model's own alignment, one halving, then bisection below it when that halving was
 * satisfiable), then the roundest {@code start} (most trailing zero bits), each by a binary search of
 * bounded extra queries asked under push/pop. Only a satisfiable answer replaces the model, so the verdict never
 * changes and the result is still a model of the same query; an unsatisfiable or unknown answer (each query has a
 * small deterministic resource limit) keeps the best model so far. Deterministic: same query, same steps.
 *
 * <p>Applies to refuted theorems binding {@code start} and {@code end} (the removed range); others keep their
 * model. Examples' witnesses are not minimised: they only show that something can happen, and the first extra
 * query on a solver costs about as much as the rest together (Z3 re-reads the query to answer incrementally),
 * so minimising all 323 models of the library would cost about three times as much CPU.
 * The highest level first needs nothing here: {@link Goals} asks the levels top down and stops at the first.
 */
final class Minimiser {
    /**
     * Z3 resource units per extra query. Most answers take far fewer; the cap cuts the long tail of hard
     * unsatisfiable ones (which only confirm that the model cannot be simpler) to a few milliseconds.
     */
    static final int QUERY_RLIMIT = 50_000;
    /**
     * The first extra query's: the incremental solver bit-blasts the whole query for it. 50 000 left a third of
     * the arm64 hot-remove counterexamples unminimised when the first model came from the SMT core
     * ({@link Z3Solvers}), whose models are less round than the SAT solver's.
     */
    static final int FIRST_QUERY_RLIMIT = 500_000;
    /** Extra queries for the range, then for rounding start: the first answers are the ones that matter. */
    static final int RANGE_QUERIES = 8, ROUND_QUERIES = 6; // six bisect the 52 bits above a 4 KiB page

    private final Context ctx;
    private final Held held;
    private final Solver solver;
    private final LongFunction<Status> check;
    private int asked;

    /**
     * @param held  keeps every expression and model made here until the context closes ({@link Held})
     * @param check runs {@code solver.check()} with the parameters the caller wants (seed, limits), and at most
     *              the given resource units
     */
    Minimiser(Context ctx, Held held, Solver solver, LongFunction<Status> check) {
        this.ctx = ctx;
        this.held = held;
        this.solver = solver;
        this.check = check;
    }

    /** The simplest model found, starting from {@code model} (the solver's last satisfiable answer). */
    Model minimise(Obligation o, Z3Lowering lowering, Model model) {
        Obligation.Variable start = bound(o, "start"), end = bound(o, "end");
        if (start == null || end == null || start.var().isBool() || end.var().isBool()) return model;
        BitVecExpr s = (BitVecExpr) lowering.variable(start.var());
        BitVecExpr e = (BitVecExpr) lowering.variable(end.var());
        int width = start.var().width();
        BitVecExpr size = held.keep(ctx.mkBVSub(e, s));
        Model best = model;
        int depth = 0;
        try {
            // smallest j with end - start <= 2^j: the range is known to fit in the bits of its current size
            long current = value(best, size);
            int lo = 0, hi = Math.min(width, 64 - Long.numberOfLeadingZeros(current));
            // one granule first: the model's own alignment is usually what the assumptions impose (a page), and
            // asking for less would mostly cost an unsatisfiable query
            int grain = Math.min(Long.numberOfTrailingZeros(value(best, s)), Long.numberOfTrailingZeros(value(best, e)));
            if (grain < hi) {
                Model m = ask(ctx.mkBVULE(size, constant(BigInteger.ONE.shiftLeft(grain), width)));
                if (m != null) {
                    best = m;
                    hi = grain;
                    // the model may be rounder than the assumptions need (a 16 KiB page at a 32 KiB boundary, or
                    // a range at a 1 GiB boundary): one halving; if that too is satisfiable, bisect everything below
                    Model half = hi == 0 ? null
                            : ask(ctx.mkBVULE(size, constant(BigInteger.ONE.shiftLeft(hi - 1), width)));
                    if (half != null) {
                        best = half;
                        hi--;
                    }
                    lo = half != null ? 0 : hi;
                } else {
                    lo = grain + 1;
                }
            }
            while (lo < hi && asked < RANGE_QUERIES) {
                int mid = (lo + hi) >>> 1;
                Model m = ask(ctx.mkBVULE(size, constant(BigInteger.ONE.shiftLeft(mid), width)));
                if (m != null) {
                    best = m;
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            solver.push(); // rounding start must not give back what the range search won
            depth++;
            BitVecExpr won = held.keep(ctx.mkBV(Long.toUnsignedString(value(best, size)), width));
            solver.add(held.keep(ctx.mkBVULE(size, won)));
            // most trailing zero bits of start: the current model already has some
            lo = Long.numberOfTrailingZeros(value(best, s));
            hi = width;
            while (lo < hi && asked < RANGE_QUERIES + ROUND_QUERIES) {
                int mid = (lo + hi + 1) >>> 1;
                Model m = ask(ctx.mkEq(held.keep(ctx.mkExtract(mid - 1, 0, s)), held.keep(ctx.mkBV(0, mid))));
                if (m != null) {
                    best = m;
                    lo = Math.max(mid, Long.numberOfTrailingZeros(value(m, s)));
                } else {
                    hi = mid - 1;
                }
            }
        } finally {
            if (depth > 0) solver.pop(depth);
        }
        return best;
    }

    /**
     * The model of {@code extra} with the solver's facts, or null (unsatisfiable, unknown or out of budget).
     * {@code extra} is kept: after the pop only this object still holds it.
     */
    private Model ask(BoolExpr extra) {
        held.keep(extra);
        asked++;
        solver.push();
        try {
            solver.add(extra);
            Status status = check.apply(asked == 1 ? FIRST_QUERY_RLIMIT : QUERY_RLIMIT);
            return status == Status.SATISFIABLE ? held.keep(solver.getModel()) : null;
        } finally {
            solver.pop();
        }
    }

    private BitVecExpr constant(BigInteger v, int width) {
        // 2^width does not fit: every value is below it, so the bound is all ones
        BigInteger max = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        return held.keep(ctx.mkBV(v.min(max).toString(), width));
    }

    private long value(Model m, BitVecExpr e) {
        return ((BitVecNum) held.keep(m.eval(e, true))).getBigInteger().longValue();
    }

    private static Obligation.Variable bound(Obligation o, String label) {
        for (Obligation.Variable v : o.variables()) {
            if (v.origin() == Obligation.Origin.BOUND && v.label().equals(label)) return v;
        }
        return null;
    }
}
