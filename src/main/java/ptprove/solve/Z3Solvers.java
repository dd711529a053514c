package ptprove.solve;

import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Tactic;

/**
 * The Z3 solvers ptprove asks, built so that an answer depends on the query alone: not on how many threads
 * solve at once, and not on a signal.
 *
 * <p><b>Two solvers, in turn, for a one-shot question.</b> Each question is first asked of Z3's SMT core (CDCL
 * with the bit-vector theory, {@link #smtCore}) within {@link #SMT_CORE_RLIMIT} resource units; if those run out,
 * of a solver that bit-blasts the whole query into Z3's SAT solver ({@link #bitBlasting}), one case of the
 * assumptions' disjunctions at a time ({@link CaseSplit}) when they have any. The limit counts Z3's
 * work, not time, so which solver answers, and its model, depend on the query alone. Measured question by question
 * on the 13 core specs ({@code ptprove.solve.TacticTrial}, docs/performance.md): the SMT core alone costs 19 %
 * less solver CPU than bit-blasting alone (the x86-64 hot-remove and arm64 vmemmap leaf queries about half), but a
 * few KASLR questions cost it up to 7x more; with the limit those go to the bit-blaster after a bounded try.
 *
 * <p><b>Why not {@code mkSolver("QF_BV")}.</b> Z3's QF_BV strategy ({@code src/tactic/smtlogics/qfbv_tactic.cpp})
 * runs an extra AIG simplification after bit-blasting only {@code when(memory < 300 MB)}, and that memory is the
 * whole process's Z3 allocation, shared by every context. With one or two solver threads it stays below; with 16
 * or 64 it sometimes does not, the query reaches the SAT solver in another form, and the model (the
 * counterexample shown) changes with {@code --jobs} and from run to run. The solvers here have no such test.
 *
 * <p><b>A short preamble.</b> Before solving, Z3's strategy rewrites the query in nine steps
 * ({@code mk_qfbv_preamble}: besides the first five below, bit-width reduction, contextual simplification with
 * sums of monomials, hoisting multiplications, sharing, Ackermannization). On ptprove's queries the later steps
 * cost more search than they save, most on the vmemmap specs' struct page arithmetic; the preamble here, for both
 * solvers, is {@code simplify, propagate-values, solve-eqs, elim-uncnstr, simplify} (with bit-blasting after it:
 * 20 % less solver CPU on the library than the nine steps, the same answers on all 3 555 questions).
 *
 * <p><b>Incremental questions</b> (the {@link Minimiser}'s push/pop, the explainer's assumptions) go to Z3's
 * QF_BV solver, which switches to its incremental SAT solver at the first push or assumption, told never to fall
 * back to the memory-dependent strategy when that gives up ({@code combined_solver.solver2_unknown=0}).
 *
 * <p><b>No signal handler of Z3's.</b> By default every {@code check} installs Z3's SIGINT handler for its
 * duration ({@code scoped_ctrl_c}). With several threads checking at once they save and restore each other's
 * handler, so a Ctrl-C either cancels a query ("interrupted from keyboard", the JVM never hears of it and the
 * run goes on) or lands in a handler whose state is gone (a crash in {@code on_ctrl_c}). Every check here sets
 * {@code ctrl_c=false} (Z3 4.14 has no process-wide switch), so SIGINT and SIGTERM reach the JVM, and ptprove
 * stops Z3 itself with {@code Z3_interrupt} from an ordinary thread.
 */
final class Z3Solvers {
    private Z3Solvers() {}

    /**
     * Z3's resource units the SMT core may spend on one question before the {@link #bitBlasting} solver is asked
     * instead. On the 13 core specs the SMT core answered 2 291 of 2 293 questions within it (2 012 within 50 000),
     * at about 0.5-1.3 ms per thousand units; the two it did not (KASLR bounds) cost it 4-6x what bit-blasting costs.
     * Simulated over the library's questions (solver CPU, the 13 core specs + the rest): 1 million 29.2 + 49.5 s,
     * 2 million 26.9 + 49.7 s, 3 million 26.9 + 52.0 s, 5 million 27.2 + 52.1 s, 15 million 28.3 + 46.3 s.
     */
    static final long SMT_CORE_RLIMIT = 2_000_000;

    /**
     * The first solver a one-shot question is asked of: the {@link #preamble}, then Z3's SMT core (CDCL with the
     * bit-vector theory). Check it within {@link #SMT_CORE_RLIMIT}. It and its tactics are kept in {@code held},
     * as everything made in a context must be ({@link Held}).
     */
    static Solver smtCore(Context ctx, Held held) {
        return held.keep(ctx.mkSolver(held.keep(ctx.andThen(preamble(ctx, held), t(ctx, held, "smt")))));
    }

    /**
     * The second: the {@link #preamble}, then the solving end of Z3's QF_BV strategy without its memory test (a
     * question of bit-vector equalities alone to the SMT core, any other bit-blasted into the SAT solver).
     */
    static Solver bitBlasting(Context ctx, Held held) {
        Tactic solve = held.keep(ctx.cond(held.keep(ctx.mkProbe("is-qfbv-eq")),
                held.keep(ctx.andThen(t(ctx, held, "bv1-blast"), t(ctx, held, "smt"))),
                held.keep(ctx.cond(held.keep(ctx.mkProbe("is-qfbv")),
                        held.keep(ctx.andThen(t(ctx, held, "bit-blast"), t(ctx, held, "sat"))),
                        t(ctx, held, "smt")))));
        return held.keep(ctx.mkSolver(held.keep(ctx.andThen(preamble(ctx, held), solve))));
    }

    /** Z3's QF_BV solver, for push/pop and assumptions; check it with {@link #params}{@code (ctx, true, held)}. */
    static Solver incremental(Context ctx, Held held) {
        return held.keep(ctx.mkSolver("QF_BV"));
    }

    /**
     * The parameters of every check: the fixed seed and no SIGINT handler; for an {@link #incremental} solver
     * also no fall-back to the memory-dependent strategy (Z3 re-reads that setting from each parameter set).
     */
    static Params params(Context ctx, boolean incremental, Held held) {
        Params p = held.keep(ctx.mkParams());
        p.add("random_seed", SolverOptions.SEED);
        p.add("smt.random_seed", SolverOptions.SEED);
        p.add("ctrl_c", false);
        if (incremental) p.add("combined_solver.solver2_unknown", 0);
        return p;
    }

    /** {@link #params} with the whole of {@code budget}, for a check that does not spend it over several. */
    static Params params(Context ctx, boolean incremental, Held held, Budget budget) {
        Params p = params(ctx, incremental, held);
        if (budget.hasTimeout()) limit(p, "timeout", budget.timeoutMs());
        if (budget.hasRlimit()) limit(p, "rlimit", budget.rlimit());
        return p;
    }

    /** Sets a Z3 limit, which Z3 reads as an unsigned int where 0xFFFFFFFF means none: larger values are capped. */
    static void limit(Params p, String name, long value) {
        p.add(name, (int) Math.min(value, 0xFFFF_FFFEL));
    }

    /**
     * {@code simplify, propagate-values, solve-eqs, elim-uncnstr, simplify}. Each step rewrites the query to an
     * equisatisfiable one and converts models back (a solved or unconstrained variable gets its value from the
     * others), so a model still assigns every variable of the query.
     */
    private static Tactic preamble(Context ctx, Held h) {
        return h.keep(ctx.andThen(t(ctx, h, "simplify"), t(ctx, h, "propagate-values"), t(ctx, h, "solve-eqs"),
                t(ctx, h, "elim-uncnstr"), t(ctx, h, "simplify")));
    }

    private static Tactic t(Context ctx, Held held, String name) {
        return held.keep(ctx.mkTactic(name));
    }
}
