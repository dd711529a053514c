package ptprove.report;

import java.util.List;
import java.util.Objects;

/**
 * The result of one run over several specs: the single model every renderer and {@link ExitStatus} read.
 *
 * @param specs         in the order the user named them
 * @param elapsedMillis wall-clock time of the whole run, or {@code NaN} when unknown (the summary then shows the
 *                      sum of solver times)
 * @param shard         {@code i/n} when the run checked one shard of the obligations ({@code --shard}), else null
 * @param cacheUsed     whether outcomes were looked up in a result cache (the summary then counts the hits)
 * @param identity      for a shard: what makes it part of one run ({@code ptprove merge} compares them), else null
 */
public record RunReport(ToolInfo tool, List<SpecReport> specs, double elapsedMillis, String shard,
                        boolean cacheUsed, ShardIdentity identity) {
    public RunReport {
        Objects.requireNonNull(tool, "tool");
        specs = List.copyOf(specs);
    }

    /** Without a shard identity (an unsharded run, or one no merge will read). */
    public RunReport(ToolInfo tool, List<SpecReport> specs, double elapsedMillis, String shard, boolean cacheUsed) {
        this(tool, specs, elapsedMillis, shard, cacheUsed, null);
    }

    public RunReport(ToolInfo tool, List<SpecReport> specs, double elapsedMillis) {
        this(tool, specs, elapsedMillis, null, false);
    }

    public RunReport(ToolInfo tool, List<SpecReport> specs) {
        this(tool, specs, Double.NaN);
    }
}
