package ptprove.bench;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.elaborate.Configurations;
import ptprove.ir.Obligation;
import ptprove.lower.SmtLib;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;

/**
 * Benchmark baseline, not a test: "Z3 alone". Compiles the given specs (untimed), renders every obligation as
 * the SMT-LIB script {@code ptprove export-smt} writes, then times Z3 4.14.1 (the same native library ptprove
 * uses) parsing and solving each script in one process, one after another, with the one-shot QF_BV solver the
 * script's {@code (set-logic QF_BV)} selects. Prints one line of numbers. Run through {@code .ci/bench}.
 */
public final class Z3Alone {
    private Z3Alone() {}

    public static void main(String[] args) throws Exception {
        List<String> paths = args.length == 0 ? List.of("specs") : List.of(args);
        List<String> scripts = new ArrayList<>();
        for (SpecInput in : SpecFinder.find(paths, null)) {
            CompiledSpec c = Compiler.compile(in, Configurations.Selection.ALL, Compiler.Want.OBLIGATIONS);
            for (Obligation o : c.obligations()) scripts.add(SmtLib.script(o));
        }
        try (Context warm = new Context()) {
            warm.mkSolver("QF_BV").check(); // load the native library outside the timed part
        }
        // Z3 solves on the calling thread, so its CPU time counts too: the fair measure on a shared machine
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Map<Status, Integer> counts = new java.util.EnumMap<>(Status.class);
        for (String script : scripts) {
            try (Context ctx = new Context()) {
                BoolExpr[] assertions = ctx.parseSMTLIB2String(script, null, null, null, null);
                Solver s = ctx.mkSolver("QF_BV");
                s.add(assertions);
                counts.merge(s.check(), 1, Integer::sum);
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        System.out.printf("z3-alone queries=%d sat=%d unsat=%d unknown=%d millis=%.0f cpu_millis=%.0f%n",
                scripts.size(), counts.getOrDefault(Status.SATISFIABLE, 0),
                counts.getOrDefault(Status.UNSATISFIABLE, 0), counts.getOrDefault(Status.UNKNOWN, 0), ms, cpuMs);
    }
}
