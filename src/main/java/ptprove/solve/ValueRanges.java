package ptprove.solve;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Optimize;
import com.microsoft.z3.Params;
import com.microsoft.z3.Status;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Term;
import ptprove.lower.Z3Lowering;

/**
 * The smallest and largest value (unsigned) a term over {@code var}s takes where the vars' facts hold: what
 * {@code ptprove layout --ranges} prints for a KASLR base. Each bound is Z3's optimum (its {@code Optimize}
 * engine treats a bit-vector objective as unsigned): exact and attained. Asking bit by bit on the incremental
 * solver instead (can bit i be 1, with the bits above fixed) was tried: its SMT core spent over 10 s on single
 * questions of the x86 KASLR layout, where the optimum takes well under a second.
 */
public final class ValueRanges {
    /** {@code [min, max]}, both attained; unsigned. */
    public record Range(long min, long max) {}

    /** The problem when the facts have no solution at all (every value of the vars is excluded). */
    public static final String NO_SOLUTION = "the vars' where-clauses have no solution";

    /** What the question found: the ranges (in order), or why there are none. */
    public record Result(List<Range> ranges, String problem) {
        public Result {
            ranges = ranges == null ? null : List.copyOf(ranges);
        }

        /** Whether no value of the vars satisfies their facts (a fact about the spec, not a give-up). */
        public boolean unsatisfiable() { return NO_SOLUTION.equals(problem); }
    }

    private final Budget budget;

    /** {@code budget} applies to each optimum asked. */
    public ValueRanges(Budget budget) {
        this.budget = budget;
    }

    /**
     * The range of each of {@code values} (numeric terms of one configuration) under {@code facts}. No ranges
     * and a problem when the facts have no solution or the solver gave up.
     */
    public Result of(List<Term> values, Term facts) {
        Held held = new Held();
        try (Context ctx = new Context()) {
            Z3Lowering lowering = held.keep(new Z3Lowering(ctx));
            Optimize opt = held.keep(ctx.mkOptimize());
            opt.setParameters(params(ctx, held));
            opt.Add(lowering.lowerBool(facts));
            Status any = opt.Check();
            if (any == Status.UNSATISFIABLE) return new Result(null, NO_SOLUTION);
            if (any != Status.SATISFIABLE) return new Result(null, "the solver gave up: " + opt.getReasonUnknown());
            List<Range> out = new ArrayList<>();
            Map<Term, Range> known = new HashMap<>(); // asked once: with KASLR, PAGE_OFFSET is page_offset_base
            for (Term v : values) {
                Range r = known.get(v);
                if (r == null) {
                    BitVecExpr e = (BitVecExpr) lowering.lower(v);
                    Long min = optimum(held, opt, e, false);
                    Long max = min == null ? null : optimum(held, opt, e, true);
                    if (min == null || max == null) {
                        return new Result(null, "the solver gave up: " + opt.getReasonUnknown());
                    }
                    r = new Range(min, max);
                    known.put(v, r);
                }
                out.add(r);
            }
            return new Result(out, null);
        } finally {
            held.release();
        }
    }

    /**
     * Z3's SIGINT handler off, as for every solver here ({@link Z3Solvers#params}); the budget per optimum. No
     * seed (Optimize takes none): only the optimum is read, which is one number whatever model comes with it.
     */
    private Params params(Context ctx, Held held) {
        Params p = held.keep(ctx.mkParams());
        p.add("ctrl_c", false);
        if (budget.hasTimeout()) Z3Solvers.limit(p, "timeout", budget.timeoutMs());
        if (budget.hasRlimit()) Z3Solvers.limit(p, "rlimit", budget.rlimit());
        return p;
    }

    /** The largest (or smallest) value of {@code e} under what {@code opt} holds; null when it gave up. */
    private static Long optimum(Held held, Optimize opt, BitVecExpr e, boolean largest) {
        opt.Push();
        try {
            held.keep(largest ? opt.MkMaximize(e) : opt.MkMinimize(e));
            if (opt.Check() != Status.SATISFIABLE) return null;
            Expr<?> v = held.keep(held.keep(opt.getModel()).eval(e, true));
            return new BigInteger(v.toString()).longValue(); // a numeral: its unsigned value in decimal
        } finally {
            opt.Pop();
        }
    }
}
