package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import ptprove.check.Symbol;
import ptprove.syntax.ast.Expr;

/**
 * {@code forall} / {@code exists} by enumeration. Levels ({@code L in arm64}: the present levels) and explicit sets
 * always enumerate; a value binder ({@code x}, {@code x in [lo, hi)}, {@code x in REGION}) enumerates its domain
 * when it has at most {@link Limits#quantifierDomain()} values (every value of a plain binder when w <= 16).
 *
 * <p>Otherwise the quantifier can be decided only by a hint: a value for the binder, by name, such as a solver's
 * counterexample gives for the quantified variables it made free. A {@code forall} refuted at the hint is false,
 * an {@code exists} satisfied at the hint is true; anything else is reported as "cannot evaluate nested value
 * quantifier", never guessed.
 */
final class Quantifiers {
    private final Evaluator ev;

    Quantifiers(Evaluator ev) { this.ev = ev; }

    /** One binder's values: a list, or a circular range [start, start + size). */
    private record Domain(Symbol.LocalSym sym, String name, List<Object> list, long start, long size, boolean huge,
                          boolean everything) {
        long count() { return list != null ? list.size() : size; }
        Object get(long i, Bits bits) { return list != null ? list.get((int) i) : (Object) bits.add(start, i); }
    }

    boolean eval(Expr.Quant q, Env env) {
        boolean universal = q.quantifier() == Expr.Quantifier.FORALL;
        List<Domain> domains = new ArrayList<>();
        List<String> undecidable = new ArrayList<>();
        for (Expr.Binder b : q.binders()) {
            Domain d = domain(b, env);
            if (d.huge()) undecidable.add(b.name().text());
            domains.add(d);
        }
        StepBudget budget = new StepBudget(ev.limits.quantifierCases(), "the " + (universal ? "forall" : "exists")
                + " at " + q.span().location());
        if (undecidable.isEmpty()) return enumerate(q, domains, 0, env, universal, budget);

        // Fix the too-large binders at their hints; enumerate the rest; accept only a deciding case.
        List<Domain> fixed = new ArrayList<>();
        for (Domain d : domains) {
            if (!d.huge()) {
                fixed.add(d);
                continue;
            }
            Object hint = ev.hints().get(d.name());
            if (!(hint instanceof Long h)) throw cannot(q, undecidable, "no value is given for it");
            long v = ev.bits.of(h);
            if (!d.everything() && !ev.ranges.member(v, d.start(), ev.bits.add(d.start(), d.size()))) {
                throw cannot(q, undecidable, "the given value " + Bits.hex(v) + " is outside its domain");
            }
            fixed.add(new Domain(d.sym(), d.name(), List.of(v), 0, 0, false, false));
        }
        boolean atHint = enumerate(q, fixed, 0, env, universal, budget);
        if (universal && !atHint) return false;
        if (!universal && atHint) return true;
        throw cannot(q, undecidable, "the given value does not decide it");
    }

    private EvalException cannot(Expr.Quant q, List<String> names, String why) {
        return new EvalException(EvalException.Reason.NESTED_QUANTIFIER, q.span(),
                "cannot evaluate nested value quantifier over " + String.join(", ", names) + " at width "
                + ev.bits.w + ": its domain is too large to enumerate (limit " + ev.limits.quantifierDomain()
                + " values) and " + why);
    }

    private Domain domain(Expr.Binder b, Env env) {
        Symbol.LocalSym sym = (Symbol.LocalSym) ev.program.symbol(b);
        String name = b.name().text();
        if (b.domain() instanceof Expr.NamedSet ns && ev.program.symbol(ns) instanceof Symbol.PagetableSym pt) {
            Geometry g = ev.geometry(pt.decl());
            List<Object> levels = new ArrayList<>();
            for (Geometry.Level l : g.present()) levels.add(new LevelValue(g, l.ordinal()));
            return new Domain(sym, name, levels, 0, 0, false, false);
        }
        if (b.domain() instanceof Expr.EnumSet set) {
            List<Object> items = new ArrayList<>();
            for (Expr item : set.items()) items.add(ev.eval(item, env));
            return new Domain(sym, name, items, 0, 0, false, false);
        }
        long start;
        long size;
        boolean everything = false;
        if (b.domain() instanceof Expr.RangeSet r) {
            start = ev.num(r.start(), env);
            size = ev.ranges.size(start, ev.num(r.end(), env));
        } else if (b.domain() instanceof Expr.NamedSet ns) {
            RegionValue reg = ev.region(((Symbol.RegionSym) ev.program.symbol(ns)).decl());
            start = reg.start();
            size = ev.ranges.size(reg.start(), reg.end());
        } else {
            // Every w-bit value; size -1 stands for 2^64.
            start = 0;
            size = ev.bits.count();
            everything = true;
        }
        boolean huge = size < 0 || size > ev.limits.quantifierDomain();
        return new Domain(sym, name, null, start, size, huge, everything);
    }

    private boolean enumerate(Expr.Quant q, List<Domain> domains, int i, Env env, boolean universal, StepBudget budget) {
        if (i == domains.size()) {
            budget.tick();
            boolean pre = q.where() == null || ev.truth(q.where(), env);
            if (universal) return !pre || ev.truth(q.body(), env);
            return pre && ev.truth(q.body(), env);
        }
        Domain d = domains.get(i);
        for (long k = 0; k < d.count(); k++) {
            boolean r = enumerate(q, domains, i + 1, env.with(d.sym(), d.get(k, ev.bits)), universal, budget);
            if (universal && !r) return false;
            if (!universal && r) return true;
        }
        return universal;
    }
}
