package ptprove.solve;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.ir.Deadline;
import ptprove.lower.SmtLib;
import ptprove.lower.Z3Lowering;
import ptprove.result.Outcome;
import ptprove.source.Span;

/**
 * One property in all its configurations, solved with the params as variables ({@code --symbolic-config}).
 * For part {@code j} of the claim ({@link Goals}) it asks one query covering every configuration still open:
 * <pre>  OR_k (params == config_k  &amp;&amp;  assumptions_k  &amp;&amp;  query_kj)</pre>
 * where {@code query_kj} is the negated part of a theorem or the part of an example; configurations asking the
 * identical question (same query text) share one disjunct, {@code (params == c1 || params == c2) && q}. The
 * configurations are mutually exclusive, so the query is satisfiable iff some configuration's own query is, and
 * a model's param values name that configuration. It and those sharing its question are then solved on their
 * own by {@link SolverSession#solve} (so counterexamples, witnesses and fingerprints are exactly those of
 * per-configuration solving), removed, and the query asked again, until it is unsatisfiable. Configurations
 * left at the end are proved (or unwitnessed) unless their assumptions are vacuous, which is checked per
 * configuration through the shared vacuity cache. Measured 3.5x slower than per-configuration solving on
 * specs/arm64 (docs/performance.md), hence not the default.
 *
 * <p>An unknown answer (budget, interrupt) makes every open configuration fall back to {@code solve}, each with
 * its own budget. The budget applies to each shared query as it would to one obligation.
 */
final class ConfigGroup {
    /** Prefix of the param variables: no identifier contains '!', and {@link #shareable} checks anyway. */
    static final String PARAM_PREFIX = "config!";

    private final SolverSession session;
    private final List<Obligation> group;
    private final Budget budget;
    private final boolean theorem;
    private final List<Term.Var> params = new ArrayList<>();

    ConfigGroup(SolverSession session, List<Obligation> group, Budget budget) {
        this.session = session;
        this.group = group;
        this.budget = budget;
        this.theorem = group.get(0).kind() == Obligation.Kind.THEOREM;
        for (Config.Entry e : group.get(0).config().entries()) {
            params.add(Terms.var(PARAM_PREFIX + e.name(), e.isBool() ? 0 : 64, Span.SYNTHETIC));
        }
    }

    List<Outcome> run() {
        long start = System.nanoTime();
        Outcome[] out = new Outcome[group.size()];
        List<Integer> open = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            if (Terms.isFalse(group.get(k).assumptions())) out[k] = alone(k);
            else open.add(k);
        }
        if (!shareable()) {
            for (int k : open) out[k] = alone(k);
            return List.of(out);
        }
        List<List<Term>> parts = new ArrayList<>();
        int maxParts = 0;
        for (Obligation o : group) {
            parts.add(Goals.parts(o.claim(), theorem));
            maxParts = Math.max(maxParts, parts.get(parts.size() - 1).size());
        }
        for (int j = 0; j < maxParts && !open.isEmpty(); j++) {
            while (true) {
                // configurations whose part-j queries are identical share one disjunct (often most of them:
                // eras and page sizes that do not change the question)
                Map<String, List<Integer>> classes = new LinkedHashMap<>();
                Map<String, Term> queries = new HashMap<>();
                for (int k : open) {
                    if (parts.get(k).size() <= j) continue;
                    Term part = parts.get(k).get(j);
                    Term q = theorem ? Terms.not(part, part.span()) : part;
                    String key = key(group.get(k), q);
                    classes.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
                    queries.putIfAbsent(key, Terms.and(group.get(k).assumptions(), q, Span.SYNTHETIC));
                }
                if (classes.isEmpty()) break;
                List<Term> disjuncts = new ArrayList<>();
                for (Map.Entry<String, List<Integer>> c : classes.entrySet()) {
                    List<Term> selectors = new ArrayList<>();
                    for (int k : c.getValue()) selectors.add(selects(group.get(k).config()));
                    disjuncts.add(Terms.and(Terms.or(selectors, Span.SYNTHETIC), queries.get(c.getKey()),
                            Span.SYNTHETIC));
                }
                long[] values = ask(Terms.or(disjuncts, Span.SYNTHETIC));
                if (values == NO_MODEL) break;
                if (values == UNKNOWN) {
                    for (int k : open) out[k] = alone(k);
                    return List.of(out);
                }
                // the named configuration fails, and so do those asking the identical question
                List<Integer> failing = null;
                for (List<Integer> c : classes.values()) if (named(c, values) >= 0) failing = c;
                if (failing == null) throw new IllegalStateException("the model's params name no open configuration");
                for (int k : failing) {
                    out[k] = alone(k);
                    open.remove(Integer.valueOf(k));
                }
            }
        }
        double shared = (System.nanoTime() - start) / 1e6;
        for (int k : open) {
            Deadline.start(budget.timeoutMs());
            Outcome o = session.settle(group.get(k), budget);
            // the shared queries' time is spread over the configurations they settled
            out[k] = new Outcome(o.obligation(), o.verdict(), o.millis() + shared / open.size(), o.fingerprint(),
                    o.model(), o.reason());
        }
        return List.of(out);
    }

    /**
     * Whether the configurations' queries can live in one: a variable keeps one width in all of them (they are
     * shared by name, harmlessly, since only one configuration's disjunct can hold at a time), and the
     * configurations assign the same params.
     */
    private boolean shareable() {
        Map<String, Integer> widths = new HashMap<>();
        List<String> names = group.get(0).config().entries().stream().map(Config.Entry::name).toList();
        for (Obligation o : group) {
            if (!o.config().entries().stream().map(Config.Entry::name).toList().equals(names)) return false;
            for (Obligation.Variable v : o.variables()) {
                Integer w = widths.putIfAbsent(v.var().name(), v.var().width());
                if (w != null && w != v.var().width()) return false;
                if (v.var().name().startsWith(PARAM_PREFIX)) return false;
            }
        }
        return true;
    }

    /** {@code params == config}, param by param. */
    private Term selects(Config c) {
        List<Term> eqs = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Config.Entry e = c.entries().get(i);
            Term value = e.isBool() ? Terms.bool(e.value() != 0, Span.SYNTHETIC)
                    : Terms.bv(e.value(), 64, Span.SYNTHETIC);
            eqs.add(Terms.eq(params.get(i), value, Span.SYNTHETIC));
        }
        return Terms.and(eqs, Span.SYNTHETIC);
    }

    /** The configuration among {@code asked} whose params have {@code values}, or -1. */
    private int named(List<Integer> asked, long[] values) {
        for (int k : asked) {
            List<Config.Entry> entries = group.get(k).config().entries();
            boolean same = true;
            for (int i = 0; i < values.length; i++) same &= entries.get(i).value() == values[i];
            if (same) return k;
        }
        return -1;
    }

    /** One configuration solved on its own, with a budget (and a clock) of its own. */
    private Outcome alone(int k) {
        Deadline.start(budget.timeoutMs());
        return session.solve(group.get(k), budget);
    }

    /** The text of {@code assumptions && q} for configuration {@code o}: equal texts ask the same question. */
    private static String key(Obligation o, Term q) {
        return SmtLib.query(new Obligation(o.spec(), o.index(), o.name(), Obligation.Kind.EXAMPLE, o.span(),
                o.config(), o.width(), o.variables(), o.assumptions(), q));
    }

    private static final long[] NO_MODEL = new long[0];
    private static final long[] UNKNOWN = new long[0];

    /** The params' values in a model of {@code query}, or {@link #NO_MODEL} (unsat) or {@link #UNKNOWN}. */
    private long[] ask(Term query) {
        Deadline.start(budget.timeoutMs()); // each shared query has the budget of one obligation
        return session.inContext((ctx, held) -> {
            Z3Lowering lowering = held.keep(new Z3Lowering(ctx));
            // asked as an obligation's questions are: the SMT core, then the bit-blaster, within one budget
            SolverSession.Question question = session.new Question(ctx, held, budget, System.nanoTime());
            Status status = question.ask(lowering.lowerBool(query));
            Solver solver = question.solver();
            if (status == Status.UNSATISFIABLE) return NO_MODEL;
            if (status != Status.SATISFIABLE) return UNKNOWN;
            Model m = held.keep(solver.getModel());
            long[] values = new long[params.size()];
            for (int i = 0; i < values.length; i++) {
                Expr<?> e = held.keep(m.eval(lowering.variable(params.get(i)), true));
                values[i] = e instanceof BitVecNum n ? n.getBigInteger().longValue() : e.isTrue() ? 1 : 0;
            }
            return values;
        });
    }

}
