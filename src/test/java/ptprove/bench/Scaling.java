package ptprove.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import ptprove.elaborate.Configurations;
import ptprove.ir.Obligation;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.Budget;
import ptprove.solve.SolverSession;

/**
 * Benchmark helper, not a test: for each spec given, the CPU time to compile it (parse, check, elaborate; the
 * whole process's) and the mean CPU time to solve one of its obligations on this thread (Z3 solves on the
 * calling thread), so the
 * numbers hold up on a loaded machine. The first spec is solved twice and the first pass thrown away, so JIT
 * and native-library warm-up do not count against it. One line per spec. Run through {@code .ci/bench}.
 */
public final class Scaling {
    private Scaling() {}

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        boolean warm = false;
        for (String path : args) {
            SpecInput in = SpecFinder.find(List.of(path), null).get(0);
            if (!warm) {
                solveAll(Compiler.compile(in, Configurations.Selection.ALL, Compiler.Want.OBLIGATIONS).obligations());
                warm = true;
            }
            long p0 = process.getProcessCpuTime(); // the compiler runs on a thread of its own
            CompiledSpec c = Compiler.compile(in, Configurations.Selection.ALL, Compiler.Want.OBLIGATIONS);
            long p1 = process.getProcessCpuTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            List<Obligation> obligations = c.obligations();
            int proved = solveAll(obligations);
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("scaling spec=%s obligations=%d proved=%d compile_cpu_ms=%.0f"
                    + " solve_cpu_ms_per_obligation=%.1f%n", path, obligations.size(), proved, (p1 - p0) / 1e6,
                    (c2 - c1) / 1e6 / Math.max(1, obligations.size()));
        }
    }

    private static int solveAll(List<Obligation> obligations) {
        int proved = 0;
        try (SolverSession s = new SolverSession()) {
            for (Obligation o : obligations) {
                Outcome out = s.solve(o, Budget.NONE);
                if (out.verdict() == Verdict.PROVED) proved++;
            }
        }
        return proved;
    }
}
