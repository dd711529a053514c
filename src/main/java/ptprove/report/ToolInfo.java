package ptprove.report;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What produced a run, for the JSON report: tool version, solver and the options that affect verdicts
 * (budgets, selections). Options are kept sorted by name so the output does not depend on map order.
 */
public record ToolInfo(String name, String version, String solver, Map<String, String> options) {
    public ToolInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(solver, "solver");
        options = Collections.unmodifiableMap(new TreeMap<>(options));
    }

    public static ToolInfo of(String version, String solver, Map<String, String> options) {
        return new ToolInfo("ptprove", version, solver, options);
    }
}
