package ptprove.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.result.Outcome;

/**
 * {@code check --slowest N}: the N theorems and examples that took longest to solve in this run, as a spec
 * writer looks for what to split or hint (as {@code pytest --durations}). A property's time is the sum over
 * its configurations solved in this run (each obligation's time on its worker, lowering included; a
 * configuration whose query an earlier one of the run asked costs only the lookup, so the distinct queries are
 * counted too); results read from the result cache are left out, since they say nothing about what solving
 * costs.
 */
public final class SlowestRenderer {
    private SlowestRenderer() {}

    /** One property of one spec: its solved configurations' total and its slowest one. */
    record Property(String spec, String kind, String name, int line, double totalMillis, int solved,
                    int queries, Outcome slowest) {}

    /** The {@code n} costliest properties of {@code report}, costliest first (ties: in report order). */
    static List<Property> slowest(RunReport report, int n) {
        List<Property> all = new ArrayList<>();
        for (SpecReport s : report.specs()) {
            Map<String, List<Outcome>> byProperty = new LinkedHashMap<>();
            for (Outcome o : s.outcomes()) {
                if (o.cached() || Double.isNaN(o.millis())) continue;
                byProperty.computeIfAbsent(o.obligation().name(), k -> new ArrayList<>()).add(o);
            }
            for (List<Outcome> solved : byProperty.values()) all.add(property(s.spec(), solved));
        }
        all.sort(Comparator.comparingDouble(Property::totalMillis).reversed());
        return all.subList(0, Math.min(n, all.size()));
    }

    private static Property property(String spec, List<Outcome> solved) {
        double total = 0;
        Outcome slowest = solved.get(0);
        Set<String> queries = new HashSet<>();
        for (Outcome o : solved) {
            total += o.millis();
            queries.add(o.fingerprint());
            if (o.millis() > slowest.millis()) slowest = o;
        }
        var ob = slowest.obligation();
        return new Property(spec, ob.kind().word(), ob.name(), ob.span().line(), total, solved.size(),
                queries.size(), slowest);
    }

    /** The text section, ending with a newline. */
    public static String render(RunReport report, int n) {
        List<Property> top = slowest(report, n);
        if (top.isEmpty()) return "\nslowest: " + nothingSolved(report) + "\n";
        StringBuilder b = new StringBuilder("\nslowest ")
                .append(top.size() == 1 ? "property" : top.size() + " properties")
                .append(" (solving time summed over the configurations solved in this run):\n");
        for (Property p : top) b.append(block(p));
        return b.toString();
    }

    /** {@code 1.7 s  SPEC:LINE  theorem NAME}, then its configurations when it has params. */
    private static String block(Property p) {
        StringBuilder b = new StringBuilder(pad(Formats.duration(p.totalMillis()))).append("  ").append(p.spec());
        if (p.line() > 0) b.append(':').append(p.line());
        b.append("  ").append(p.kind()).append(' ').append(p.name()).append('\n');
        String config = p.slowest().obligation().config().toString();
        if (p.solved() > 1) {
            b.append(INDENT).append(p.solved()).append(" configurations, ").append(p.queries())
                    .append(p.queries() == 1 ? " distinct query" : " distinct queries").append("; the slowest ")
                    .append(Formats.duration(p.slowest().millis())).append(config.isEmpty() ? "" : ", " + config)
                    .append('\n');
        } else if (!config.isEmpty()) {
            b.append(INDENT).append(config).append('\n');
        }
        return b.toString();
    }

    private static String nothingSolved(RunReport report) {
        boolean cached = report.specs().stream().flatMap(s -> s.outcomes().stream()).anyMatch(Outcome::cached);
        return cached ? "nothing was solved in this run (every result came from the cache; --no-cache times them all)"
                : "no theorem or example was solved in this run";
    }

    private static final String INDENT = " ".repeat(10);

    private static String pad(String duration) {
        return " ".repeat(Math.max(0, 8 - duration.length())) + duration;
    }
}
