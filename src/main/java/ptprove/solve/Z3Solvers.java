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
 * run. The one-shot solver here is that strategy with the memory test always false: the preamble, then
 * bit-blasting straight into the SAT solver. That is Z3's own branch for a busy process, and on the library it
 * was also the cheaper one (32.6 s CPU against 39.2 s, {@code check --jobs 2 specs}, loaded machine).
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

    /** A solver for one check: the QF_BV strategy without its process-wide memory test. */
    static Solver oneShot(Context ctx) {
        return ctx.mkSolver(qfbv(ctx));
    }

    /** Z3's QF_BV solver, for push/pop and assumptions; check it with {@link #params}{@code (ctx, true)}. */
    static Solver incremental(Context ctx) {
        return ctx.mkSolver("QF_BV");
    }

    /**
     * The parameters of every check: the fixed seed and no SIGINT handler; for an {@link #incremental} solver
     * also no fall-back to the memory-dependent strategy (Z3 re-reads that setting from each parameter set).
     */
    static Params params(Context ctx, boolean incremental) {
        Params p = ctx.mkParams();
        p.add("random_seed", SolverOptions.SEED);
        p.add("smt.random_seed", SolverOptions.SEED);
        p.add("ctrl_c", false);
        if (incremental) p.add("combined_solver.solver2_unknown", 0);
        return p;
    }

    /**
     * {@code mk_qfbv_tactic}: the preamble, then goals of bit-vector equalities to the bit-vector SMT core,
     * other bit-vector goals bit-blasted into the SAT solver (the branch Z3 takes above 300 MB), anything else to
     * the SMT core. Proofs and unsat cores are off in every context ptprove opens, so the steps Z3 guards with
     * them are in.
     */
    private static Tactic qfbv(Context ctx) {
        Tactic solve = ctx.cond(ctx.mkProbe("is-qfbv-eq"), ctx.andThen(t(ctx, "bv1-blast"), t(ctx, "smt")),
                ctx.cond(ctx.mkProbe("is-qfbv"), ctx.andThen(t(ctx, "bit-blast"), t(ctx, "sat")), t(ctx, "smt")));
        Params main = ctx.mkParams();
        main.add("elim_and", true);
        main.add("push_ite_bv", true);
        main.add("blast_distinct", true);
        return ctx.usingParams(ctx.andThen(preamble(ctx), solve), main);
    }

    /** {@code mk_qfbv_preamble}: rewriting that keeps the query's meaning and shrinks it. */
    private static Tactic preamble(Context ctx) {
        Params solveEqs = ctx.mkParams();
        solveEqs.add("solve_eqs_max_occs", 2); // conservative Gaussian elimination, as Z3 has it
        Params simp2 = ctx.mkParams();
        simp2.add("som", true);
        simp2.add("pull_cheap_ite", true);
        simp2.add("push_ite_bv", false);
        simp2.add("local_ctx", true);
        simp2.add("local_ctx_limit", 10_000_000);
        simp2.add("flat", true);
        simp2.add("hoist_mul", false);
        Params hoist = ctx.mkParams();
        hoist.add("hoist_mul", true);
        hoist.add("som", false);
        return ctx.andThen(t(ctx, "simplify"), t(ctx, "propagate-values"),
                ctx.usingParams(t(ctx, "solve-eqs"), solveEqs), t(ctx, "elim-uncnstr"), t(ctx, "reduce-bv-size"),
                ctx.usingParams(t(ctx, "simplify"), simp2), ctx.usingParams(t(ctx, "simplify"), hoist),
                t(ctx, "max-bv-sharing"), t(ctx, "ackermannize_bv"));
    }

    private static Tactic t(Context ctx, String name) {
        return ctx.mkTactic(name);
    }
}
