package ptprove.solve;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ptprove.ir.Explainable;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.ir.Tracked;
import ptprove.lower.Z3Lowering;
import ptprove.result.Explanation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * The proof of one theorem, taken apart: which tracked spec elements it rests on. Each goal of the theorem
 * (its claim split as {@link Goals} splits it for {@code check}) is asked with every selector as a Z3 assumption;
 * its unsat core is then minimised by deletion (drop one element, ask again, keep it out if still unsat). An
 * element outside the assumptions is unconstrained, so a core means "these kept, whatever happens to the
 * others". Cores are per goal, because that is how {@code check} proves the theorem and each goal is a much
 * smaller query; the explanation is their union. Finally each core element is deleted alone (all others kept)
 * and the theorem re-asked: a counterexample then shows what that element prevents.
 *
 * <p>One context for the whole explanation, one incremental solver per goal (assumptions need it); fixed seed,
 * so output is deterministic.
 */
public final class Explainer {
    private final Budget budget;

    /** {@code budget}'s timeout and rlimit apply to each solver call. */
    public Explainer(Budget budget) {
        this.budget = budget;
    }

    /** Never throws: a failure inside ptprove or Z3 is an {@link Verdict#ERROR} explanation. */
    public Explanation explain(Explainable e) {
        Held held = new Held();
        try (Context ctx = new Context()) {
            return new Run(ctx, held, e).run();
        } catch (RuntimeException | StackOverflowError | LinkageError ex) {
            return new Explanation(e.obligation(), Verdict.ERROR, e.tracked().size(), 0, List.of(), List.of(),
                    List.of(), Reasons.internal(ex));
        } finally {
            held.release(); // after the context closed: nothing of it was released before
        }
    }

    private final class Run {
        private final Context ctx;
        /** Everything this explanation makes in {@link #ctx}, kept until the context closes. */
        private final Held held;
        private final Obligation o;
        private final List<Tracked> tracked;
        private final Z3Lowering lowering;
        private final BoolExpr[] selectors;
        private final List<Solver> goals = new ArrayList<>();

        Run(Context ctx, Held held, Explainable e) {
            this.ctx = ctx;
            this.held = held;
            this.o = e.obligation();
            this.tracked = e.tracked();
            this.lowering = held.keep(new Z3Lowering(ctx)); // its memo holds every term it made
            this.selectors = new BoolExpr[tracked.size()];
            for (int i = 0; i < selectors.length; i++) selectors[i] = lowering.lowerBool(tracked.get(i).selector());
        }

        Explanation run() {
            if (o.kind() != Obligation.Kind.THEOREM) throw new IllegalArgumentException("only theorems are explained");
            BoolExpr assumptions = lowering.lowerBool(o.assumptions());
            List<Term> parts = Goals.parts(o.claim(), true);
            for (Term part : parts) {
                goals.add(solver(assumptions, held.keep(ctx.mkNot(lowering.lowerBool(part)))));
            }
            TreeSet<Integer> all = new TreeSet<>();
            for (int i = 0; i < selectors.length; i++) all.add(i);
            for (Solver g : goals) {
                Status s = g.check(literals(all, -1));
                if (s == Status.SATISFIABLE) return result(Verdict.REFUTED, List.of(), model(g), null);
                if (s == Status.UNKNOWN) return result(Verdict.UNKNOWN, List.of(), List.of(), g.getReasonUnknown());
            }
            Solver alone = solver(assumptions);
            Status vacuity = alone.check(literals(all, -1));
            if (vacuity == Status.UNSATISFIABLE) return result(Verdict.VACUOUS, List.of(), List.of(), null);
            if (vacuity == Status.UNKNOWN) return result(Verdict.UNKNOWN, List.of(), List.of(), alone.getReasonUnknown());

            TreeSet<Integer> union = new TreeSet<>();
            for (Solver g : goals) union.addAll(minimalCore(g, all));
            List<Explanation.Line> core = new ArrayList<>();
            List<Tracked> notNeeded = new ArrayList<>();
            List<Tracked> ordered = inSourceOrder(tracked);
            for (Tracked t : ordered) {
                if (!union.contains(t.id())) {
                    notNeeded.add(t);
                    continue;
                }
                List<Outcome.Value> without = refutationWithout(all, t.id());
                core.add(new Explanation.Line(t, without, without.isEmpty() ? coverFor(t, ordered, all) : null));
            }
            return new Explanation(o, Verdict.PROVED, tracked.size(), goals.size(), core, notNeeded, List.of(), null);
        }

        private static List<Tracked> inSourceOrder(List<Tracked> list) {
            List<Tracked> out = new ArrayList<>(list);
            out.sort(Comparator.comparing((Tracked t) -> t.span().file().displayPath())
                    .thenComparingInt(t -> t.span().start()).thenComparingInt(Tracked::id));
            return out;
        }

        /** Deletion-based: every element left is needed (without it, given the rest, the goal is satisfiable). */
        private TreeSet<Integer> minimalCore(Solver g, TreeSet<Integer> all) {
            g.check(literals(all, -1));
            TreeSet<Integer> core = fromCore(g.getUnsatCore());
            for (int id : new ArrayList<>(core)) {
                if (!core.contains(id)) continue;
                TreeSet<Integer> without = new TreeSet<>(core);
                without.remove(id);
                if (g.check(literals(without, -1)) == Status.UNSATISFIABLE) core = fromCore(g.getUnsatCore());
            }
            return core;
        }

        /** A counterexample with the elements {@code dropped} deleted (all others kept), or empty. */
        private List<Outcome.Value> refutationWithout(TreeSet<Integer> all, int... dropped) {
            TreeSet<Integer> others = new TreeSet<>(all);
            for (int id : dropped) others.remove(id);
            for (Solver g : goals) {
                if (g.check(literals(others, dropped)) == Status.SATISFIABLE) return model(g);
            }
            return List.of();
        }

        /**
         * The first element (in source order) that stands in for {@code t}: deleting both refutes the theorem,
         * deleting {@code t} alone does not. Null when no single element does (several cover it together).
         */
        private Tracked coverFor(Tracked t, List<Tracked> ordered, TreeSet<Integer> all) {
            for (Tracked other : ordered) {
                if (other.id() != t.id() && !refutationWithout(all, t.id(), other.id()).isEmpty()) return other;
            }
            return null;
        }

        /** The selectors of {@code kept} as assumptions, and the negated selectors of {@code dropped}. */
        private BoolExpr[] literals(TreeSet<Integer> kept, int... dropped) {
            List<BoolExpr> out = new ArrayList<>();
            for (int id : kept) out.add(selectors[id]);
            for (int id : dropped) if (id >= 0) out.add(held.keep(ctx.mkNot(selectors[id])));
            return out.toArray(new BoolExpr[0]);
        }

        private TreeSet<Integer> fromCore(BoolExpr[] core) {
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < selectors.length; i++) byName.put(selectors[i].toString(), i);
            TreeSet<Integer> out = new TreeSet<>();
            for (BoolExpr b : core) {
                held.keep(b);
                Integer id = byName.get(b.toString());
                if (id != null) out.add(id);
            }
            return out;
        }

        private Solver solver(BoolExpr... facts) {
            Solver s = Z3Solvers.incremental(ctx, held); // asked with assumptions: Z3's incremental solver
            s.setParameters(Z3Solvers.params(ctx, true, held, budget));
            s.add(facts);
            return s;
        }

        private List<Outcome.Value> model(Solver s) {
            Model m = held.keep(s.getModel());
            List<Outcome.Value> values = new ArrayList<>();
            for (Obligation.Variable v : o.variables()) {
                Expr<?> e = held.keep(m.eval(lowering.variable(v.var()), true));
                long value;
                if (e instanceof BitVecNum n) value = n.getBigInteger().longValue();
                else value = e.isTrue() ? 1 : 0;
                values.add(new Outcome.Value(v, value));
            }
            return values;
        }

        private Explanation result(Verdict v, List<Explanation.Line> core, List<Outcome.Value> model, String reason) {
            return new Explanation(o, v, tracked.size(), goals.size(), core, List.of(), model, reason);
        }
    }
}
