package ptprove.solve;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import com.microsoft.z3.Tactic;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ptprove.elaborate.Configurations;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.lower.SmtLib;
import ptprove.lower.Z3Lowering;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;

/**
 * Benchmark aid, not a test: solver CPU of the questions ptprove asks its one-shot solver, under the solver
 * ptprove uses ({@code current}) and under alternative Z3 pipelines, with the same answer required of every
 * variant. The questions are those of a cold {@code check}: each distinct query once, its parts in order up to the
 * first satisfiable one, then (all unsatisfiable) the vacuity question, once per set of assumptions;
 * {@code --every-question} asks every part and every vacuity question instead. The minimiser's questions (to the
 * incremental solver, which no variant changes) are not asked.
 *
 * <p>The variants are interleaved question by question (each is asked of every variant, in an order that
 * rotates), so that load from other processes on a shared machine falls on all of them alike; each ask gets a
 * fresh context and ptprove's own check parameters ({@link Z3Solvers#params}). Usage:
 * {@code java -Xss8m -cp target/test-classes:target/classes:DEPS ptprove.solve.TacticTrial [--variants V,V,...]
 * [--sample N] [--only NAME] [--every-question] [--repeat N] [--top N] PATHS}; a variant is described at
 * {@link #variant} ({@code LABEL@VARIANT} gives it a short label). Prints thread CPU per spec and variant, the
 * total, the ratio to the first variant, the costliest questions, and every question on which the variants answer
 * differently.
 */
public final class TacticTrial {
    private TacticTrial() {}

    /** Asks the {@code current} variant's questions as ptprove does ({@link SolverSession.Question}). */
    private static final SolverSession SESSION = new SolverSession();

    private static Tactic t(Context ctx, String name) {
        return ctx.mkTactic(name);
    }

    private static Tactic seq(Context ctx, String... names) {
        Tactic[] ts = new Tactic[names.length];
        for (int i = 0; i < names.length; i++) ts[i] = t(ctx, names[i]);
        return ts.length == 1 ? ts[0] : ctx.andThen(ts[0], ts[1], java.util.Arrays.copyOfRange(ts, 2, ts.length));
    }

    private static Tactic with(Context ctx, Tactic tac, Object... kv) {
        Params p = ctx.mkParams();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v instanceof Boolean b) p.add((String) kv[i], b);
            else if (v instanceof Integer n) p.add((String) kv[i], n);
            else p.add((String) kv[i], (String) v);
        }
        return ctx.usingParams(tac, p);
    }

    /** The pipelines that can be compared, by name. */
    static final Map<String, Function<Context, Solver>> VARIANTS = new LinkedHashMap<>();

    static {
        // one question per context, asked before anything made for it is dropped: nothing to hold (solve.Held)
        // "current" is ptprove's own, asked through SolverSession.Question (Runner.ask): this entry is not used
        VARIANTS.put("current", ctx -> Z3Solvers.smtCore(ctx, new Held()));
        VARIANTS.put("smtcore", ctx -> Z3Solvers.smtCore(ctx, new Held()));
        VARIANTS.put("bitblast", ctx -> Z3Solvers.bitBlasting(ctx, new Held())); // ptprove's until 2026-12-06 (4th)
        VARIANTS.put("qfbv", ctx -> ctx.mkSolver("QF_BV")); // Z3's own, with its memory test
        VARIANTS.put("old", ctx -> ctx.mkSolver(old(ctx, t(ctx, "sat")))); // ptprove's until 2026-12-06
        VARIANTS.put("simple", ctx -> ctx.mkSolver(seq(ctx, "simplify", "propagate-values", "solve-eqs", "bit-blast",
                "sat")));
        VARIANTS.put("simple-share", ctx -> ctx.mkSolver(seq(ctx, "simplify", "propagate-values", "solve-eqs",
                "max-bv-sharing", "bit-blast", "sat")));
        VARIANTS.put("simple-uncnstr", ctx -> ctx.mkSolver(seq(ctx, "simplify", "propagate-values", "solve-eqs",
                "elim-uncnstr", "simplify", "bit-blast", "sat")));
        VARIANTS.put("simple-aig", ctx -> ctx.mkSolver(seq(ctx, "simplify", "propagate-values", "solve-eqs",
                "max-bv-sharing", "bit-blast", "aig", "sat")));
        VARIANTS.put("simple-rbs", ctx -> ctx.mkSolver(seq(ctx, "simplify", "propagate-values", "solve-eqs",
                "elim-uncnstr", "reduce-bv-size", "simplify", "bit-blast", "sat")));
        VARIANTS.put("simple-som", ctx -> ctx.mkSolver(ctx.andThen(t(ctx, "simplify"), t(ctx, "propagate-values"),
                t(ctx, "solve-eqs"), with(ctx, t(ctx, "simplify"), "som", true, "flat", true), t(ctx, "bit-blast"),
                t(ctx, "sat"))));
        VARIANTS.put("simple-elimand", ctx -> ctx.mkSolver(with(ctx, seq(ctx, "simplify", "propagate-values",
                "solve-eqs", "bit-blast", "sat"), "elim_and", true, "push_ite_bv", true, "blast_distinct", true)));
        // the old preamble with its contextual simplification (local_ctx) left out
        VARIANTS.put("nolocal", ctx -> {
            Params main = ctx.mkParams();
            main.add("elim_and", true);
            main.add("push_ite_bv", true);
            main.add("blast_distinct", true);
            return ctx.mkSolver(ctx.usingParams(ctx.andThen(t(ctx, "simplify"), t(ctx, "propagate-values"),
                    with(ctx, t(ctx, "solve-eqs"), "solve_eqs_max_occs", 2), t(ctx, "elim-uncnstr"),
                    t(ctx, "reduce-bv-size"), with(ctx, t(ctx, "simplify"), "som", true, "pull_cheap_ite", true,
                            "push_ite_bv", false, "flat", true, "hoist_mul", false),
                    with(ctx, t(ctx, "simplify"), "hoist_mul", true, "som", false), t(ctx, "max-bv-sharing"),
                    t(ctx, "bit-blast"), t(ctx, "sat")), main));
        });
    }

    /**
     * ptprove's one-shot solver until 2026-12-06 ({@code git show 0370963:src/main/java/ptprove/solve/Z3Solvers.java}):
     * Z3's {@code mk_qfbv_tactic} with its memory test always false, i.e. the full QF_BV preamble, then
     * bit-blasting into {@code sat}.
     */
    private static Tactic old(Context ctx, Tactic sat) {
        Tactic preamble = ctx.andThen(t(ctx, "simplify"), t(ctx, "propagate-values"),
                with(ctx, t(ctx, "solve-eqs"), "solve_eqs_max_occs", 2), t(ctx, "elim-uncnstr"),
                t(ctx, "reduce-bv-size"), with(ctx, t(ctx, "simplify"), "som", true, "pull_cheap_ite", true,
                        "push_ite_bv", false, "local_ctx", true, "local_ctx_limit", 10_000_000, "flat", true,
                        "hoist_mul", false),
                with(ctx, t(ctx, "simplify"), "hoist_mul", true, "som", false), t(ctx, "max-bv-sharing"),
                t(ctx, "ackermannize_bv"));
        Tactic solve = ctx.cond(ctx.mkProbe("is-qfbv-eq"), ctx.andThen(t(ctx, "bv1-blast"), t(ctx, "smt")),
                ctx.cond(ctx.mkProbe("is-qfbv"), ctx.andThen(t(ctx, "bit-blast"), sat), t(ctx, "smt")));
        return with(ctx, ctx.andThen(preamble, solve), "elim_and", true, "push_ite_bv", true, "blast_distinct", true);
    }

    /**
     * A variant by description: a name of {@link #VARIANTS}; {@code seq:T1+T2+...} for Z3 tactics in sequence, each
     * optionally with parameters {@code T(k=v;k=v)}, and {@code seq[k=v;k=v]:...} with parameters on the whole; or
     * {@code old:k=v;k=v} for the {@link #old} pipeline with those parameters on its SAT solver. A value is a
     * boolean, a number or else a symbol.
     */
    static Function<Context, Solver> variant(String d) {
        if (VARIANTS.containsKey(d)) return VARIANTS.get(d);
        if (d.startsWith("old:")) {
            Object[] kv = kv(d.substring(4));
            return ctx -> ctx.mkSolver(old(ctx, with(ctx, t(ctx, "sat"), kv)));
        }
        if (!d.startsWith("seq")) throw new IllegalArgumentException("no variant " + d);
        int colon = d.indexOf(':');
        Object[] outer = d.startsWith("seq[") ? kv(d.substring(4, colon - 1)) : new Object[0];
        String[] steps = d.substring(colon + 1).split("\\+");
        return ctx -> {
            Tactic[] ts = new Tactic[steps.length];
            for (int i = 0; i < steps.length; i++) {
                String st = steps[i];
                int open = st.indexOf('(');
                ts[i] = open < 0 ? t(ctx, st)
                        : with(ctx, t(ctx, st.substring(0, open)), kv(st.substring(open + 1, st.length() - 1)));
            }
            Tactic all = ts.length == 1 ? ts[0]
                    : ctx.andThen(ts[0], ts[1], java.util.Arrays.copyOfRange(ts, 2, ts.length));
            return ctx.mkSolver(outer.length == 0 ? all : with(ctx, all, outer));
        };
    }

    private static Object[] kv(String s) {
        List<Object> out = new ArrayList<>();
        for (String pair : s.split(";")) {
            if (pair.isEmpty()) continue;
            String[] p = pair.split("=", 2);
            out.add(p[0]);
            out.add(p[1].equals("true") ? Boolean.TRUE : p[1].equals("false") ? Boolean.FALSE
                    : p[1].matches("[0-9]+") ? (Object) Integer.valueOf(p[1]) : p[1]);
        }
        return out.toArray();
    }


    /**
     * ptprove's check parameters; a pipeline without Z3's SMT core rejects {@code smt.random_seed} (it only
     * seeds that core), so those variants get the others.
     */
    private static Params params(Context ctx, String variant) {
        if (variant.equals("current") || variant.equals("smtcore") || variant.equals("bitblast")
                || variant.equals("qfbv") || variant.startsWith("old")
                || variant.startsWith("seq") && variant.contains("smt")) {
            return Z3Solvers.params(ctx, false, new Held());
        }
        Params p = ctx.mkParams();
        p.add("random_seed", SolverOptions.SEED);
        p.add("ctrl_c", false);
        return p;
    }

    /** One distinct obligation: its query parts (negated for a theorem) and its vacuity cache key, if any. */
    private record Ob(String spec, String what, Term assumptions, List<Term> queries, String vacuityKey) {}

    /** Asks each question of every variant, in an order that rotates, and keeps the thread CPU per variant. */
    private static final class Runner {
        private final List<String> names;
        private final Map<String, Function<Context, Solver>> chosen;
        private final Map<String, String> described;
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        final Map<String, double[]> perSpec = new LinkedHashMap<>(); // spec -> CPU ms per variant
        final double[] total;
        final double[] worst;
        final String[] worstWhat;
        final List<Object[]> costs = new ArrayList<>(); // per question: what, then ms per variant
        int differ;
        private int k;
        /** --dump FILE: per question, its name, then CPU ms and Z3's rlimit count per variant (tab-separated). */
        java.io.PrintStream dump;

        Runner(List<String> names, Map<String, Function<Context, Solver>> chosen, Map<String, String> described) {
            this.names = names;
            this.chosen = chosen;
            this.described = described;
            total = new double[names.size()];
            worst = new double[names.size()];
            worstWhat = new String[names.size()];
        }

        /** Warm-up, not counted: JIT, native library, tactic registry. */
        void warmUp(Term query) {
            for (String n : names) {
                try (Context ctx = new Context()) {
                    Z3Lowering low = new Z3Lowering(ctx);
                    Solver s = chosen.get(n).apply(ctx);
                    s.setParameters(params(ctx, described.get(n)));
                    s.add(low.lowerBool(query));
                    s.check();
                }
            }
        }

        /** The first variant's answer (a different answer from another variant is reported). */
        Status ask(String spec, String what, Term assumptions, Term query) {
            int nv = names.size();
            Status[] got = new Status[nv];
            double[] row = new double[nv];
            long[] rl = new long[nv];
            double[] acc = perSpec.computeIfAbsent(spec, x -> new double[nv]);
            for (int j = 0; j < nv; j++) {
                int v = (j + k) % nv; // rotate who goes first
                long t0 = mx.getCurrentThreadCpuTime();
                try (Context ctx = new Context()) {
                    Z3Lowering low = new Z3Lowering(ctx);
                    Solver s;
                    if (described.get(names.get(v)).equals("current")) { // asked as SolverSession's Attempt asks
                        Held held = new Held();
                        SolverSession.Question question = SESSION.new Question(ctx, held, Budget.NONE,
                                System.nanoTime());
                        List<BoolExpr> cases = new ArrayList<>();
                        for (Term c : CaseSplit.of(assumptions)) cases.add(low.lowerBool(c));
                        BoolExpr q = low.lowerBool(query);
                        got[v] = Terms.isTrue(assumptions) ? question.ask(q)
                                : question.ask(() -> cases, low.lowerBool(ImpliedFacts.with(assumptions)), q);
                        s = question.solver();
                    } else {
                        s = chosen.get(names.get(v)).apply(ctx);
                        s.setParameters(params(ctx, described.get(names.get(v))));
                        if (!Terms.isTrue(assumptions)) s.add(low.lowerBool(assumptions));
                        s.add(low.lowerBool(query));
                        got[v] = s.check();
                    }
                    com.microsoft.z3.Statistics.Entry e = s.getStatistics().get("rlimit count");
                    rl[v] = e == null ? -1 : Long.parseLong(e.getValueString());
                }
                double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
                acc[v] += ms;
                row[v] = ms;
                total[v] += ms;
                if (ms > worst[v]) {
                    worst[v] = ms;
                    worstWhat[v] = spec + " " + what;
                }
            }
            k++;
            costs.add(new Object[] {spec + " " + what, row});
            if (dump != null) {
                StringBuilder b = new StringBuilder(spec + " " + what);
                for (int v = 0; v < nv; v++) b.append(String.format("\t%.1f\t%d\t%s", row[v], rl[v], got[v]));
                dump.println(b);
            }
            for (int v = 1; v < nv; v++) {
                if (got[v] != got[0]) {
                    differ++;
                    System.out.printf("DIFFERENT: %s %s: %s%n", spec, what, java.util.Arrays.toString(got));
                    break;
                }
            }
            return got[0];
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>(List.of("current", "simple"));
        int repeat = 1;
        int sample = 1;
        String only = null;
        String dumpTo = null;
        int top = 15;
        boolean everyQuestion = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--variants")) names = List.of(args[++i].split(","));
            else if (args[i].equals("--repeat")) repeat = Integer.parseInt(args[++i]);
            else if (args[i].equals("--sample")) sample = Integer.parseInt(args[++i]);
            else if (args[i].equals("--top")) top = Integer.parseInt(args[++i]);
            else if (args[i].equals("--every-question")) everyQuestion = true;
            else if (args[i].equals("--only")) only = args[++i]; // one theorem or example, by name
            else if (args[i].equals("--dump")) dumpTo = args[++i];
            else paths.add(args[i]);
        }
        int nv = names.size();
        Map<String, Function<Context, Solver>> chosen = new LinkedHashMap<>();
        Map<String, String> described = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (String n : names) { // LABEL@DESCRIPTION names a variant for the table
            int at = n.indexOf('@');
            String label = at < 0 ? n : n.substring(0, at);
            String d = at < 0 ? n : n.substring(at + 1);
            labels.add(label);
            described.put(label, d);
            chosen.put(label, variant(d));
        }
        names = labels;
        for (Map.Entry<String, String> e : described.entrySet()) {
            if (!e.getKey().equals(e.getValue())) System.out.println(e.getKey() + " = " + e.getValue());
        }
        // Each distinct query once, as a run's in-memory cache has it; its parts in order and then its vacuity
        // question, as SolverSession asks them: after a satisfiable (or unknown) part no further part, and the
        // vacuity question only when every part is unsatisfiable, once per set of assumptions. --every-question
        // asks every part and every vacuity question regardless.
        List<Ob> work = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SpecInput in : SpecFinder.find(paths, null)) {
            CompiledSpec c = Compiler.compile(in, Configurations.Selection.ALL, Compiler.Want.OBLIGATIONS);
            for (Obligation o : c.obligations()) {
                if (!seen.add(SmtLib.query(o))) continue;
                if (only != null && !o.name().equals(only)) continue;
                boolean theorem = o.kind() == Obligation.Kind.THEOREM;
                List<Term> queries = new ArrayList<>();
                for (Term part : Goals.parts(o.claim(), theorem)) {
                    queries.add(theorem ? Terms.not(part, part.span()) : part);
                }
                work.add(new Ob(o.spec(), o.name() + " " + o.config(), o.assumptions(), queries,
                        Terms.isTrue(o.assumptions()) ? null : VacuityCache.key(o)));
            }
        }
        if (sample > 1) { // every sample-th obligation, for a quicker screening
            List<Ob> some = new ArrayList<>();
            for (int i = 0; i < work.size(); i += sample) some.add(work.get(i));
            work = some;
        }
        Runner run = new Runner(names, chosen, described);
        if (dumpTo != null) run.dump = new java.io.PrintStream(dumpTo, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(20, work.size()); i++) run.warmUp(work.get(i).queries().get(0));
        for (int r = 0; r < repeat; r++) {
            Set<String> vacuityAsked = new HashSet<>();
            for (Ob ob : work) {
                boolean allUnsat = true;
                for (int p = 0; p < ob.queries().size(); p++) {
                    String what = ob.what() + (ob.queries().size() > 1 ? " part " + (p + 1) : "");
                    Status st = run.ask(ob.spec(), what, ob.assumptions(), ob.queries().get(p));
                    if (st != Status.UNSATISFIABLE) {
                        allUnsat = false;
                        if (!everyQuestion) break;
                    }
                }
                if (ob.vacuityKey() != null && (allUnsat || everyQuestion) && vacuityAsked.add(ob.vacuityKey())) {
                    run.ask(ob.spec(), ob.what() + " (vacuity)", Terms.TRUE, ob.assumptions());
                }
            }
        }
        double[] total = run.total;
        List<Object[]> costs = run.costs;
        int differ = run.differ;
        System.out.printf("%d obligations (every %d-th), %d questions%s x %d repeat(s); CPU ms per variant:%n",
                work.size(), sample, costs.size() / repeat, everyQuestion ? " (every part and vacuity question)"
                : " (as check asks them)", repeat);
        Map<String, double[]> perSpec = run.perSpec;
        double[] worst = run.worst;
        String[] worstWhat = run.worstWhat;
        System.out.printf("%-40s", "spec");
        for (String n : names) System.out.printf(" %14s", n);
        System.out.println();
        for (Map.Entry<String, double[]> e : perSpec.entrySet()) {
            System.out.printf("%-40s", e.getKey());
            for (double ms : e.getValue()) System.out.printf(" %14.0f", ms);
            System.out.println();
        }
        System.out.printf("%-40s", "TOTAL");
        for (double ms : total) System.out.printf(" %14.0f", ms);
        System.out.println();
        System.out.printf("%-40s", "ratio to " + names.get(0));
        for (double ms : total) System.out.printf(" %14.3f", ms / total[0]);
        System.out.println();
        for (int v = 0; v < names.size(); v++) {
            System.out.printf("slowest question, %s: %.0f ms %s%n", names.get(v), worst[v], worstWhat[v]);
        }
        costs.sort((x, y) -> Double.compare(((double[]) y[1])[0], ((double[]) x[1])[0]));
        System.out.println("costliest questions for " + names.get(0) + " (ms per variant):");
        for (Object[] c : costs.subList(0, Math.min(top, costs.size()))) {
            StringBuilder b = new StringBuilder();
            for (double ms : (double[]) c[1]) b.append(String.format(" %7.0f", ms));
            System.out.println(b + "  " + c[0]);
        }
        System.out.printf("questions answered differently: %d%n", differ);
        if (run.dump != null) run.dump.close();
    }
}
