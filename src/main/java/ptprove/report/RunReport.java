package ptprove.report;

import java.util.List;
import java.util.Objects;

/**
 * The result of one run over several specs: the single model every renderer and {@link ExitStatus} read.
 *
 * @param specs         in the order the user named them
 * @param elapsedMillis wall-clock time of the whole run, or {@code NaN} when unknown (the summary then shows the
 *                      sum of solver times)
 */
public record RunReport(ToolInfo tool, List<SpecReport> specs, double elapsedMillis) {
    public RunReport {
        Objects.requireNonNull(tool, "tool");
        specs = List.copyOf(specs);
    }

    public RunReport(ToolInfo tool, List<SpecReport> specs) {
        this(tool, specs, Double.NaN);
    }
}
