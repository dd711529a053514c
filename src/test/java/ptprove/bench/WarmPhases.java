package ptprove.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ptprove.cache.ResultCache;
import ptprove.elaborate.Configurations;
import ptprove.ir.Obligation;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;
import ptprove.replay.Replayer;
import ptprove.result.Outcome;
import ptprove.solve.Budget;
import ptprove.solve.SolverOptions;

/**
 * Benchmark aid, not a test: the phases of a warm check (every answer in the per-query cache) in a fresh JVM, as
 * thread CPU and wall milliseconds since the JVM started: compile (front end and elaboration), look every
 * obligation up (query text, hash, read and validate the entry), replay every counterexample and witness.
 * Usage: {@code java -cp ... ptprove.bench.WarmPhases CACHE_DIR [PATHS]} after a check filled CACHE_DIR.
 */
public final class WarmPhases {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private WarmPhases() {}

    public static void main(String[] args) throws Exception {
        Path cacheDir = Path.of(args[0]);
        List<String> paths = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("specs");
        mark("start of main");
        List<CompiledSpec> specs = new ArrayList<>();
        for (SpecInput in : SpecFinder.find(paths, null)) {
            specs.add(Compiler.compile(in, Configurations.Selection.ALL, Compiler.Want.OBLIGATIONS));
        }
        mark("compiled");
        ResultCache cache = new ResultCache(cacheDir, "0.1.0",
                SolverOptions.of(Budget.NONE));
        List<Outcome> outcomes = new ArrayList<>();
        int misses = 0;
        for (CompiledSpec c : specs) {
            for (Obligation o : c.obligations()) {
                Outcome hit = cache.lookup(o);
                if (hit == null) misses++; else outcomes.add(hit);
            }
        }
        mark("looked up (" + misses + " misses)");
        int replayed = 0;
        for (CompiledSpec c : specs) {
            if (c.program() == null) continue;
            Replayer r = new Replayer(c.program());
            for (Outcome o : outcomes) {
                if (o.obligation().spec().equals(c.input().display()) && !o.model().isEmpty()) {
                    r.replayAll(o);
                    replayed++;
                }
            }
        }
        mark("replayed " + replayed);
    }

    private static void mark(String what) {
        long wall = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.printf("%6d ms wall since JVM start, %6.0f ms thread CPU, %6.0f ms process CPU: %s%n", wall,
                MX.getCurrentThreadCpuTime() / 1e6, process / 1e6, what);
    }
}
