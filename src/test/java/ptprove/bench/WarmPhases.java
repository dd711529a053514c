package ptprove.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import ptprove.ir.Obligation;
import ptprove.pipeline.CheckRun;
import ptprove.pipeline.CheckSettings;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.SpecFinder;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.report.Style;
import ptprove.report.TextReportRenderer;

/**
 * Benchmark aid, not a test: the phases of a check run in a fresh JVM, as wall and process CPU milliseconds since
 * the JVM started (process CPU includes the JIT compiler and GC threads): compiling every spec (front end, and
 * elaboration or the spec-level cache), solving or looking up and replaying, rendering the text report.
 * Usage: {@code java -cp ... ptprove.bench.WarmPhases CACHE_DIR [PATHS]}; run it twice on the same folder to see
 * a warm run.
 */
public final class WarmPhases {
    private WarmPhases() {}

    public static void main(String[] args) throws Exception {
        Path cacheDir = Path.of(args[0]);
        List<String> paths = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("specs");
        mark("start of main");
        CheckSettings settings = CheckSettings.builder("0.1.0").jobs(2).cacheDir(cacheDir).build();
        CheckRun.Listener listener = new CheckRun.Listener() {
            int specs;
            int solved;

            @Override public void compiled(CompiledSpec spec) {
                if (++specs == 1) mark("first spec compiled");
            }

            @Override public void solving(List<Obligation> obligations) {
                mark("all " + specs + " specs compiled, " + obligations.size() + " obligations");
            }

            @Override public void solved(Outcome outcome, Replay replay, List<Replay> others) {
                solved++;
            }

            @Override public void solvedAll() {
                mark(solved + " outcomes solved or looked up, and replayed");
            }
        };
        CheckRun.Result result = new CheckRun(settings, listener).run(SpecFinder.find(paths, null), r -> { });
        String text = new TextReportRenderer(Style.of(false), TextReportRenderer.Detail.NONE).render(result.report());
        mark("report rendered (" + text.length() + " characters)");
    }

    private static void mark(String what) {
        long wall = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.printf("%6d ms wall, %6.0f ms process CPU since JVM start: %s%n", wall, process / 1e6, what);
    }
}
