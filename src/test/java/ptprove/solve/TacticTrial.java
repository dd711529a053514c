package ptprove.solve;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Benchmark aid, not a test: solver CPU of the query parts ptprove asks (each distinct query once), under the
 * solver ptprove uses and under alternative Z3 tactics, with the same verdict required. Usage:
 * {@code java -cp ... ptprove.solve.TacticTrial [PATHS]}.
 */
public final class TacticTrial {
    private TacticTrial() {}

    public static void main(String[] args) throws Exception {
        List<Obligation> work = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SpecInput in : SpecFinder.find(List.of(args), null)) {
            CompiledSpec c = Compiler.compile(in, Configurations.Selection.ALL, Compiler.Want.OBLIGATIONS);
            for (Obligation o : c.obligations()) if (seen.add(SmtLib.query(o))) work.add(o);
        }
        List<Function<Context, Solver>> variants = List.of(
                ctx -> ctx.mkSolver("QF_BV"),
                ctx -> ctx.mkSolver(ctx.andThen(ctx.mkTactic("simplify"), ctx.mkTactic("propagate-values"),
                        ctx.mkTactic("solve-eqs"), ctx.mkTactic("bit-blast"), ctx.mkTactic("sat"))),
                ctx -> ctx.mkSolver(ctx.andThen(ctx.mkTactic("simplify"), ctx.mkTactic("solve-eqs"),
                        ctx.mkTactic("elim-uncnstr"), ctx.mkTactic("simplify"), ctx.mkTactic("bit-blast"),
                        ctx.mkTactic("sat"))),
                ctx -> ctx.mkSolver(ctx.andThen(ctx.mkTactic("simplify"), ctx.mkTactic("propagate-values"),
                        ctx.mkTactic("solve-eqs"), ctx.mkTactic("max-bv-sharing"), ctx.mkTactic("bit-blast"),
                        ctx.mkTactic("aig"), ctx.mkTactic("sat"))));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<List<Status>> answers = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            long t0 = mx.getCurrentThreadCpuTime();
            List<Status> got = new ArrayList<>();
            for (Obligation o : work) {
                boolean theorem = o.kind() == Obligation.Kind.THEOREM;
                for (Term part : Goals.parts(o.claim(), theorem)) {
                    try (Context ctx = new Context()) {
                        Z3Lowering low = new Z3Lowering(ctx);
                        BoolExpr q = low.lowerBool(part);
                        if (theorem) q = ctx.mkNot(q);
                        Solver s = variants.get(v).apply(ctx);
                        if (!Terms.isTrue(o.assumptions())) s.add(low.lowerBool(o.assumptions()));
                        s.add(q);
                        got.add(s.check());
                    }
                }
            }
            answers.add(got);
            System.out.printf("variant %d: %d obligations, %d parts, %.0f ms CPU, same answers as variant 0: %s%n", v,
                    work.size(), got.size(), (mx.getCurrentThreadCpuTime() - t0) / 1e6, got.equals(answers.get(0)));
        }
    }
}
