package ptprove.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * Replays one point of a property: for a configuration, values of the {@code var}s and of the property's
 * top-level bound variables (by source name), says whether the property applies in the configuration (its
 * {@code if}), whether the assumptions hold (every var's {@code where}, the binders' domains, the quantifier's
 * {@code where}) and whether the claim holds. Walk members met on the way are recorded with their witnesses and
 * traces.
 *
 * <p>A solver counterexample of a theorem must give {@code assumptions && !claim}; a witness of an example
 * {@code assumptions && claim}. Values given for names that are not top-level binders serve as hints for nested
 * value quantifiers too large to enumerate (see {@link Quantifiers}).
 */
public final class PropertyEval {
    private final Program program;
    private final Limits limits;
    /** Steps of the claim's trace to keep; 0 for no trace. */
    private final int traceLimit;

    public PropertyEval(Program program) { this(program, Limits.DEFAULT); }

    public PropertyEval(Program program, Limits limits) {
        this(program, limits, 0);
    }

    private PropertyEval(Program program, Limits limits, int traceLimit) {
        this.program = program;
        this.limits = limits;
        this.traceLimit = traceLimit;
    }

    /**
     * The outcome of one replay.
     *
     * @param applicable        the property's {@code if} holds in the configuration (if not, nothing else is computed)
     * @param failedAssumptions the assumptions that are false, each with its source text and position
     * @param claim             the claim's value; null unless the assumptions hold
     * @param walks             the last evaluation of each walk member, in the order first met
     * @param histories         the last evaluation of each history read (site and address), in the order first met
     */
    public record Result(Decl.Property property, Config config, boolean applicable, boolean assumptionsHold,
                         List<String> failedAssumptions, Boolean claim, List<WalkRecord> walks,
                         List<TraceStep> trace, List<HistoryRecord> histories) {
        public Result {
            failedAssumptions = List.copyOf(failedAssumptions);
            walks = List.copyOf(walks);
            trace = List.copyOf(trace);
            histories = List.copyOf(histories);
        }

        public Result(Decl.Property property, Config config, boolean applicable, boolean assumptionsHold,
                      List<String> failedAssumptions, Boolean claim, List<WalkRecord> walks, List<TraceStep> trace) {
            this(property, config, applicable, assumptionsHold, failedAssumptions, claim, walks, trace, List.of());
        }

        public Result(Decl.Property property, Config config, boolean applicable, boolean assumptionsHold,
                      List<String> failedAssumptions, Boolean claim, List<WalkRecord> walks) {
            this(property, config, applicable, assumptionsHold, failedAssumptions, claim, walks, List.of());
        }

        public boolean isTheorem() { return property.kind() == Decl.PropertyKind.THEOREM; }

        /** A theorem's counterexample: the assumptions hold and the claim does not. */
        public boolean violates() { return isTheorem() && assumptionsHold && Boolean.FALSE.equals(claim); }

        /** An example's witness: the assumptions and the claim hold. */
        public boolean witnesses() { return !isTheorem() && assumptionsHold && Boolean.TRUE.equals(claim); }
    }

    /**
     * A fresh evaluator of the configuration with these var values, e.g. to re-run a recorded walk and check the
     * witness a solver chose: {@code pe.evaluator(c, vars).walk(record.walk()).check(level, address, other, r)}.
     */
    public Evaluator evaluator(Config config, Map<String, Long> varValues) {
        return new Evaluator(program, config, varValues, limits);
    }

    /** The names of a property's top-level bound variables, in order (empty if its body has none). */
    public List<String> boundNames(Decl.Property p) {
        List<String> out = new ArrayList<>();
        for (Expr.Binder b : new PropertyShape(program, p).binders) out.add(b.name().text());
        return out;
    }

    public Decl.Property property(String name) {
        for (Decl.Property p : program.properties()) if (p.name().text().equals(name)) return p;
        throw new IllegalArgumentException("no theorem or example named " + name);
    }

    public Result evaluate(String property, Config config, Map<String, Long> varValues, Map<String, Long> bound) {
        return evaluate(property(property), config, varValues, bound);
    }

    /**
     * @param varValues a value for every var (missing ones are an {@link EvalException}, reason UNBOUND)
     * @param bound     a value for every top-level bound variable, plus optional hints by name
     * @throws EvalException when a value is missing, a budget is exceeded, a nested quantifier cannot be decided,
     *                       or the configuration is ill-formed
     */
    public Result evaluate(Decl.Property p, Config config, Map<String, Long> varValues, Map<String, Long> bound) {
        Evaluator ev = new Evaluator(program, config, varValues, limits);
        ev.hints(bound);
        Map<Expr.Member, WalkRecord> walks = new LinkedHashMap<>();
        ev.onWalk(r -> walks.put(r.site(), r));
        Map<String, HistoryRecord> histories = new LinkedHashMap<>();
        ev.onHistory(r -> histories.put(System.identityHashCode(r.site()) + "@" + r.address(), r));
        if (p.condition() != null && !ev.truth(p.condition(), Env.empty())) {
            return new Result(p, config, false, false, List.of(), null, List.of());
        }
        // a region absent from this configuration makes every property that uses it inapplicable
        for (Decl.Region r : program.conditionalRegions(p)) {
            if (!ev.exists(r)) return new Result(p, config, false, false, List.of(), null, List.of());
        }
        for (Decl.Var v : program.vars()) ev.var(v); // every var needs a value, read or not
        PropertyShape shape = new PropertyShape(program, p);
        Env env = Env.empty();
        for (Expr.Binder b : shape.binders) {
            Long v = bound.get(b.name().text());
            if (v == null) {
                throw new EvalException(EvalException.Reason.UNBOUND, b.name().span(),
                        "no value given for the bound variable '" + b.name().text() + "'");
            }
            env = env.with((ptprove.check.Symbol.LocalSym) program.symbol(b), ev.bits.of(v));
        }
        List<String> failed = new ArrayList<>();
        for (PropertyShape.Conjunct c : shape.allConjuncts()) if (!c.holds(ev, env)) failed.add(c.label());
        Boolean claim = null;
        List<TraceStep> trace = List.of();
        if (failed.isEmpty() && traceLimit > 0) {
            trace = ev.trace(shape.claim, env, traceLimit);
            claim = "true".equals(trace.get(0).result()) ? Boolean.TRUE
                    : "false".equals(trace.get(0).result()) ? Boolean.FALSE : ev.truth(shape.claim, env);
        } else if (failed.isEmpty()) {
            claim = ev.truth(shape.claim, env);
        }
        return new Result(p, config, true, failed.isEmpty(), failed, claim, new ArrayList<>(walks.values()), trace,
                new ArrayList<>(histories.values()));
    }

    /**
     * {@link #evaluate} that also traces the claim ({@link Result#trace()}): the claim with the values it reads,
     * then every statement of the fns it calls (walk members are evaluated, not traced), at most {@code limit}
     * steps. For counterexamples without a freed table to explain.
     */
    public Result evaluateTraced(Decl.Property p, Config config, Map<String, Long> varValues, Map<String, Long> bound,
                                 int limit) {
        return new PropertyEval(program, limits, limit).evaluate(p, config, varValues, bound);
    }
}
