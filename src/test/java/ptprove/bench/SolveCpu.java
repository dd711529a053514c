package ptprove.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ptprove.elaborate.Configurations;
import ptprove.ir.Obligation;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;
import ptprove.result.Outcome;
import ptprove.solve.Budget;
import ptprove.solve.SolverSession;

/**
 * Benchmark aid, not a test: where the solving time goes. Solves every obligation of the given specs on one
 * thread with ptprove's own solver session and reports thread CPU time (not wall time, so numbers stay
 * comparable on a loaded machine) per spec and theorem, and the slowest obligations. Run through
 * {@code .ci/bench --cpu [PATHS]}.
 */
public final class SolveCpu {
    private SolveCpu() {}

    public static void main(String[] args) throws Exception {
        List<String> paths = args.length == 0 ? List.of("specs") : List.of(args);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, double[]> perTheorem = new TreeMap<>();
        List<Object[]> slowest = new ArrayList<>();
        double total = 0;
        try (SolverSession session = new SolverSession()) {
            for (SpecInput in : SpecFinder.find(paths, null)) {
                CompiledSpec c = Compiler.compile(in, Configurations.Selection.ALL, Compiler.Want.OBLIGATIONS);
                for (Obligation o : c.obligations()) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    Outcome out = session.solve(o, Budget.NONE);
                    double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
                    total += ms;
                    double[] acc = perTheorem.computeIfAbsent(o.spec() + " " + o.name(), k -> new double[2]);
                    acc[0] += ms;
                    acc[1]++;
                    slowest.add(new Object[] {ms, o.spec() + " " + o.name() + " " + o.config() + " " + out.verdict()});
                }
            }
        }
        System.out.printf("solve cpu total %.0f ms%n", total);
        perTheorem.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(15)
                .forEach(e -> System.out.printf("%8.0f ms %4d x  %s%n", e.getValue()[0], (int) e.getValue()[1], e.getKey()));
        slowest.sort((a, b) -> Double.compare((double) b[0], (double) a[0]));
        for (Object[] s : slowest.subList(0, Math.min(10, slowest.size()))) System.out.printf("%8.0f ms  %s%n", s);
    }
}
