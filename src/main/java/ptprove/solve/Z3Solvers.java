package ptprove.solve;

import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Tactic;

/**
 * The Z3 solvers ptprove asks, built so that an answer depends on the query alone: not on how many threads
 * solve at once, and not on a signal.
 *
 * <p><b>Why not {@code mkSolver("QF_BV")} for the first question.</b> Z3's QF_BV strategy
 * ({@code src/tactic/smtlogics/qfbv_tactic.cpp}) runs an extra AIG simplification after bit-blasting only
 * {@code when(memory < 300 MB)}, and that memory is the whole process's Z3 allocation, shared by every context.
 * With one or two solver threads it stays below; with 16 or 64 it sometimes does not, the query reaches the SAT
 * solver in another form, and the model (the counterexample shown) changes with {@code --jobs} and from run to
 * run. The one-shot solver here has no such test: a fixed sequence of tactics, then bit-blasting straight into
 * the SAT solver (Z3's branch for a busy process, which on the library was also the cheaper one: 32.6 s CPU
 * against 39.2 s, {@code check --jobs 2 specs}, loaded machine).
 *
 * <p><b>A short preamble.</b> Before bit-blasting, Z3's strategy rewrites the query in nine steps
 * ({@code mk_qfbv_preamble}: besides the first five below, bit-width reduction, contextual simplification with
 * sums of monomials, hoisting multiplications, sharing, Ackermannization). On ptprove's queries the later steps
 * cost more SAT search than they save, most on the vmemmap specs' struct page arithmetic; the preamble here is
 * {@code simplify, propagate-values, solve-eqs, elim-uncnstr, simplify}. Same answers on all 3 555 questions of
 * the library, 20 % less solver CPU (188 s to 150 s; {@code arm64/vmemmap-page-in-use} 45 s to 23 s), and not
 * the luck of one seed: over four SAT seeds the vmemmap specs cost 22 % less on average
 * ({@code ptprove.solve.TacticTrial}; docs/performance.md, "The cold path, 2026-12-06"). After the preamble
 * comes the end of Z3's strategy: goals of bit-vector equalities alone to the bit-vector SMT core, other
 * bit-vector goals bit-blasted into the SAT solver, anything else to the SMT core.
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
     * A solver for one check: a short preamble, then bit-blasting into the SAT solver (no memory test). It and
     * its tactics are kept in {@code held}, as everything made in a context must be ({@link Held}).
     */
    static Solver oneShot(Context ctx, Held held) {
        return held.keep(ctx.mkSolver(oneShotTactic(ctx, held)));
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
     * {@code simplify, propagate-values, solve-eqs, elim-uncnstr, simplify}, then the solving end of
     * {@code mk_qfbv_tactic}: goals of bit-vector equalities to the bit-vector SMT core, other bit-vector goals
     * bit-blasted into the SAT solver, anything else to the SMT core. Each step rewrites the query to an
     * equisatisfiable one and converts models back (a solved or unconstrained variable gets its value from the
     * others), so a model still assigns every variable of the query.
     */
    private static Tactic oneShotTactic(Context ctx, Held h) {
        Tactic solve = h.keep(ctx.cond(h.keep(ctx.mkProbe("is-qfbv-eq")),
                h.keep(ctx.andThen(t(ctx, h, "bv1-blast"), t(ctx, h, "smt"))),
                h.keep(ctx.cond(h.keep(ctx.mkProbe("is-qfbv")),
                        h.keep(ctx.andThen(t(ctx, h, "bit-blast"), t(ctx, h, "sat"))), t(ctx, h, "smt")))));
        return h.keep(ctx.andThen(t(ctx, h, "simplify"), t(ctx, h, "propagate-values"), t(ctx, h, "solve-eqs"),
                t(ctx, h, "elim-uncnstr"), t(ctx, h, "simplify"), solve));
    }

    private static Tactic t(Context ctx, Held held, String name) {
        return held.keep(ctx.mkTactic(name));
    }
}
