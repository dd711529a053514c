package ptprove.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.ir.Config;
import ptprove.result.Verdict;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * The exhaustive oracle for small address widths: for each property and configuration, enumerates every
 * assignment of the {@code var}s (declaration order, each from 0 up) and then of the top-level bound variables
 * (a binder over {@code [lo, hi)} or a region runs through its members from {@code lo}; a plain one through every
 * value from 0), and reports the first violation of a theorem or the first witness of an example, or that there
 * is none, and whether the assumptions can hold at all (vacuity).
 *
 * <p>Pruning: each assumption conjunct is evaluated as soon as it can be, i.e. at the first depth where it reads
 * no unbound variable (found by trying: reading an unbound one throws {@link EvalException.Reason#UNBOUND}); a
 * false conjunct cuts the subtree. This changes only the work, never the answer. Every bound value counts
 * against {@link Limits#assignments()}.
 *
 * <p>Verdicts: theorem PROVED / REFUTED / VACUOUS, example WITNESSED / UNWITNESSED / VACUOUS (as the solver's:
 * vacuous only when nothing was refuted or witnessed and no assignment satisfies the assumptions); UNKNOWN when a
 * budget is exceeded or a nested quantifier cannot be evaluated; ERROR when the spec is ill-formed in that
 * configuration or the evaluator failed.
 */
public final class Exhaustive {
    private final Program program;
    private final Limits limits;

    public Exhaustive(Program program) { this(program, Limits.DEFAULT); }

    public Exhaustive(Program program, Limits limits) {
        this.program = program;
        this.limits = limits;
    }

    /**
     * @param assignment       the violating / witnessing values (vars, then bound variables), else empty
     * @param assignments      values bound during the search
     * @param assumptionsHeld  complete assignments that satisfied the assumptions (up to the one that decided)
     * @param reason           for UNKNOWN and ERROR
     */
    public record Outcome(Decl.Property property, Config config, Verdict verdict, Map<String, Long> assignment,
                          long assignments, long assumptionsHeld, String reason) {
        public Outcome { assignment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignment)); }

        @Override public String toString() {
            String c = config.toString();
            StringBuilder sb = new StringBuilder(property.name().text()).append(c.isEmpty() ? "" : " [" + c + "]")
                    .append(": ").append(verdict.word());
            if (!assignment.isEmpty()) {
                sb.append(" at");
                assignment.forEach((k, v) -> sb.append(' ').append(k).append('=').append(Bits.hex(v)));
            }
            if (reason != null) sb.append(" (").append(reason).append(')');
            return sb.toString();
        }
    }

    /** Every root property in every configuration where its {@code if} holds (property order, then configuration). */
    public List<Outcome> run() {
        List<Config> configs = ConfigSpace.enumerate(program);
        List<Outcome> out = new ArrayList<>();
        for (Decl.Property p : program.properties()) {
            for (Config c : configs) {
                Outcome o = run(p, c);
                if (o != null) out.add(o);
            }
        }
        return out;
    }

    /** One property in one configuration; null when the property's {@code if} is false there. */
    public Outcome run(Decl.Property p, Config config) {
        Evaluator ev = new Evaluator(program, config, Map.of(), limits);
        Search s = new Search(ev, new PropertyShape(program, p), p.kind() == Decl.PropertyKind.THEOREM);
        try {
            if (p.condition() != null && !ev.truth(p.condition(), Env.empty())) return null;
            boolean decided = s.search(0, s.shape.allConjuncts(), Env.empty());
            Verdict v;
            if (decided) v = s.theorem ? Verdict.REFUTED : Verdict.WITNESSED;
            else if (s.held == 0) v = Verdict.VACUOUS;
            else v = s.theorem ? Verdict.PROVED : Verdict.UNWITNESSED;
            return new Outcome(p, config, v, decided ? s.assignment() : Map.of(), s.budgetUsed(), s.held, null);
        } catch (EvalException e) {
            boolean unknown = e.reason() == EvalException.Reason.TOO_LARGE
                    || e.reason() == EvalException.Reason.NESTED_QUANTIFIER;
            return new Outcome(p, config, unknown ? Verdict.UNKNOWN : Verdict.ERROR, Map.of(), s.budgetUsed(), s.held,
                    e.getMessage());
        }
    }

    /** Depth-first enumeration: vars first, then binders. */
    private final class Search {
        final Evaluator ev;
        final PropertyShape shape;
        final boolean theorem;
        final List<String> vars;
        final StepBudget budget;
        final long[] values;
        long held;

        Search(Evaluator ev, PropertyShape shape, boolean theorem) {
            this.ev = ev;
            this.shape = shape;
            this.theorem = theorem;
            this.vars = ev.varNames();
            this.budget = new StepBudget(limits.assignments(), "the exhaustive search of " + shape.property.name().text());
            this.values = new long[vars.size() + shape.binders.size()];
        }

        long budgetUsed() { return budget.used(); }

        Map<String, Long> assignment() {
            Map<String, Long> out = new LinkedHashMap<>();
            for (int i = 0; i < vars.size(); i++) out.put(vars.get(i), values[i]);
            for (int i = 0; i < shape.binders.size(); i++) {
                out.put(shape.binders.get(i).name().text(), values[vars.size() + i]);
            }
            return out;
        }

        /** True when a violation (theorem) or witness (example) was found; the values then hold it. */
        boolean search(int depth, List<PropertyShape.Conjunct> pending, Env env) {
            if (depth == values.length) return leaf(pending, env);
            if (depth < vars.size()) {
                String name = vars.get(depth);
                long n = ev.bits.count();
                try {
                    for (long k = 0; n < 0 || k < n; k++) {
                        budget.tick();
                        ev.bindVar(name, k);
                        values[depth] = k;
                        List<PropertyShape.Conjunct> rest = prune(pending, env);
                        if (rest != null && search(depth + 1, rest, env)) return true;
                        if (n < 0 && k == -1L) break;
                    }
                } finally {
                    ev.unbindVar(name);
                }
                return false;
            }
            Expr.Binder b = shape.binders.get(depth - vars.size());
            Symbol.LocalSym sym = (Symbol.LocalSym) ev.program.symbol(b);
            long start = 0;
            long count = ev.bits.count();
            boolean everything = true;
            if (b.domain() instanceof Expr.RangeSet r) {
                start = ev.num(r.start(), env);
                count = ev.ranges.size(start, ev.num(r.end(), env));
                everything = false;
            } else if (b.domain() instanceof Expr.NamedSet ns) {
                RegionValue reg = ev.region(((Symbol.RegionSym) ev.program.symbol(ns)).decl());
                start = reg.start();
                count = ev.ranges.size(reg.start(), reg.end());
                everything = false;
            }
            // The binder's own domain conjunct holds by construction; drop it.
            List<PropertyShape.Conjunct> others = new ArrayList<>();
            for (PropertyShape.Conjunct c : pending) if (c.binder() != b) others.add(c);
            for (long k = 0; (everything && count < 0) || Long.compareUnsigned(k, count) < 0; k++) {
                budget.tick();
                long v = ev.bits.add(start, k);
                values[depth] = v;
                Env inner = env.with(sym, v);
                List<PropertyShape.Conjunct> rest = prune(others, inner);
                if (rest != null && search(depth + 1, rest, inner)) return true;
                if (k == -1L) break;
            }
            return false;
        }

        /** The conjuncts still undecided, or null if one is false. */
        private List<PropertyShape.Conjunct> prune(List<PropertyShape.Conjunct> pending, Env env) {
            List<PropertyShape.Conjunct> rest = new ArrayList<>();
            for (PropertyShape.Conjunct c : pending) {
                try {
                    if (!c.holds(ev, env)) return null;
                } catch (EvalException e) {
                    if (e.reason() != EvalException.Reason.UNBOUND) throw e;
                    rest.add(c);
                }
            }
            return rest;
        }

        private boolean leaf(List<PropertyShape.Conjunct> pending, Env env) {
            for (PropertyShape.Conjunct c : pending) if (!c.holds(ev, env)) return false;
            held++;
            boolean claim = ev.truth(shape.claim, env);
            return theorem != claim;
        }
    }
}
