package ptprove.crosscheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.ir.Obligation;

/**
 * The result of a cross-check: one {@link CrossCheck.Result} per obligation, in the run's order, and how to
 * show it. The run fails (exit 70) on any disagreement or error; {@code not compared} alone does not fail it.
 *
 * @param solver      {@code cvc5 1.0.3}
 * @param queries     distinct scripts asked
 * @param keptScripts the work folder, when scripts were kept for inspection; else null
 */
public record CrossCheckReport(String solver, long timeoutMs, int queries, List<CrossCheck.Result> results,
                               Path keptScripts, double millis) {
    /** At most this many not-compared obligations get a line of their own; disagreements and errors all do. */
    static final int MAX_NOT_COMPARED_LINES = 20;

    public CrossCheckReport {
        results = List.copyOf(results);
    }

    public int count(CrossCheck.Status s) {
        return (int) results.stream().filter(r -> r.status() == s).count();
    }

    /** A disagreement or an error: the run must fail. */
    public boolean failed() {
        return count(CrossCheck.Status.DISAGREE) > 0 || count(CrossCheck.Status.ERROR) > 0;
    }

    /**
     * A line per disagreement and error (with the kept script's path), per not-compared obligation (up to
     * {@link #MAX_NOT_COMPARED_LINES}), then the summary line, e.g.
     * {@code cross-check cvc5 1.0.3: 2074 agree, 0 disagree, 0 not compared (726 distinct queries, 39.2 s)}.
     */
    public String renderText(boolean timings) {
        StringBuilder sb = new StringBuilder();
        int notCompared = 0;
        for (CrossCheck.Result r : results) {
            if (r.status() == CrossCheck.Status.AGREE) continue;
            if (r.status() == CrossCheck.Status.NOT_COMPARED && ++notCompared > MAX_NOT_COMPARED_LINES) continue;
            Obligation o = r.outcome().obligation();
            String tag = r.status() == CrossCheck.Status.DISAGREE ? "DISAGREE" : r.status() == CrossCheck.Status.ERROR
                    ? "ERROR" : "not compared";
            sb.append("cross-check ").append(tag).append(": ").append(o.kind().word()).append(' ').append(o.id())
                    .append(": ").append(r.reason()).append('\n');
            if (r.script() != null) sb.append("    query: ").append(r.script()).append('\n');
            if (r.assumptionsScript() != null) sb.append("    assumptions: ").append(r.assumptionsScript()).append('\n');
        }
        if (notCompared > MAX_NOT_COMPARED_LINES) {
            sb.append("cross-check: ").append(notCompared - MAX_NOT_COMPARED_LINES)
                    .append(" more obligations not compared\n");
        }
        sb.append(summaryLine(timings)).append('\n');
        return sb.toString();
    }

    /** {@code cross-check cvc5 1.0.3: 2074 agree, 0 disagree, 0 not compared (726 distinct queries, 39.2 s)}. */
    public String summaryLine(boolean timings) {
        StringBuilder sb = new StringBuilder("cross-check ").append(solver).append(": ")
                .append(count(CrossCheck.Status.AGREE)).append(" agree, ")
                .append(count(CrossCheck.Status.DISAGREE)).append(" disagree, ")
                .append(count(CrossCheck.Status.NOT_COMPARED)).append(" not compared");
        int errors = count(CrossCheck.Status.ERROR);
        if (errors > 0) sb.append(", ").append(errors).append(errors == 1 ? " error" : " errors");
        sb.append(" (").append(queries).append(queries == 1 ? " distinct query" : " distinct queries");
        if (timings) sb.append(", ").append(String.format(Locale.ROOT, "%.1f s", millis / 1000));
        return sb.append(')').toString();
    }

    /** For stderr when {@link #failed()}: what went wrong, what it means and where the scripts are. */
    public String failureMessage() {
        int disagree = count(CrossCheck.Status.DISAGREE);
        int errors = count(CrossCheck.Status.ERROR);
        String name = solver.split(" ")[0];
        StringBuilder sb = new StringBuilder("ptprove: cross-check failed: ");
        if (disagree > 0) {
            sb.append(name).append(" and z3 disagree on ").append(disagree).append(" obligation")
                    .append(disagree == 1 ? "" : "s").append(": one of the solvers, or ptprove's SMT lowering, is wrong");
        }
        if (errors > 0) {
            if (disagree > 0) sb.append("; and ");
            sb.append(name).append(" failed on ").append(errors).append(" obligation").append(errors == 1 ? "" : "s")
                    .append(" (a script a standard solver rejects is a bug in ptprove)");
        }
        sb.append(".\n");
        if (keptScripts != null) {
            sb.append("ptprove: scripts kept in ").append(keptScripts).append(" (replay: ").append(name)
                    .append(" --lang smt2 FILE)\n");
        }
        return sb.toString();
    }

    // ---- JSON ------------------------------------------------------------------------------------------------

    /** Reads numbers back exactly as written: {@code 40.0} stays {@code 40.0}, not {@code 40} or {@code 4E+1}. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /**
     * {@code reportJson} (a {@code check --format json} document) with a {@code "crossCheck"} object inserted
     * before {@code "summary"}; when the cross-check {@link #failed()}, {@code summary.exitCode} becomes 70.
     * Everything else is kept byte for byte. Shape:
     *
     * <pre>
     * "crossCheck": {"solver": "cvc5 1.0.3", "timeoutMs", "queries", "agree", "disagree", "notCompared", "error",
     *                "millis" (unless times are off), "keptScripts" (a folder, or null),
     *                "results": [{"spec", "name", "kind", "index", "config", "status", "z3", "other",
     *                             "query", "assumptions" (answers, or null when not asked),
     *                             "reason" (unless agree), "queryScript", "assumptionsScript" (when kept)}]}
     * </pre>
     */
    public String addToJson(String reportJson, boolean includeTimes) {
        ObjectNode old;
        try {
            old = (ObjectNode) MAPPER.readTree(reportJson);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON report", e);
        }
        ObjectNode root = MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = old.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("summary")) root.set("crossCheck", json(includeTimes));
            root.set(e.getKey(), e.getValue());
        }
        if (!root.has("crossCheck")) root.set("crossCheck", json(includeTimes));
        if (failed() && root.get("summary") instanceof ObjectNode summary) summary.put("exitCode", 70);
        return write(root);
    }

    /** The report's own printer (ptprove.report.Json), so the cross-check object reads like the rest. */
    static String write(JsonNode node) {
        return ptprove.report.Json.write(node);
    }

    private ObjectNode json(boolean includeTimes) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("solver", solver);
        node.put("timeoutMs", timeoutMs);
        node.put("queries", queries);
        Map<CrossCheck.Status, String> keys = new EnumMap<>(Map.of(CrossCheck.Status.AGREE, "agree",
                CrossCheck.Status.DISAGREE, "disagree", CrossCheck.Status.NOT_COMPARED, "notCompared",
                CrossCheck.Status.ERROR, "error"));
        keys.forEach((s, k) -> node.put(k, count(s)));
        if (includeTimes) node.put("millis", BigDecimal.valueOf(millis).setScale(1, RoundingMode.HALF_EVEN));
        node.put("keptScripts", keptScripts == null ? null : keptScripts.toString());
        ArrayNode list = node.putArray("results");
        for (CrossCheck.Result r : results) {
            Obligation o = r.outcome().obligation();
            ObjectNode e = list.addObject();
            e.put("spec", o.spec());
            e.put("name", o.name());
            e.put("kind", o.kind().word());
            e.put("index", o.index());
            e.set("config", config(o.config()));
            e.put("status", r.status().word());
            e.put("z3", r.outcome().verdict().word());
            e.put("other", r.otherVerdict());
            e.put("query", r.query() == null ? null : r.query().kind().word());
            e.put("assumptions", r.assumptions() == null ? null : r.assumptions().kind().word());
            if (!r.reason().isEmpty()) e.put("reason", r.reason());
            if (r.script() != null) e.put("queryScript", r.script().toString());
            if (r.assumptionsScript() != null) e.put("assumptionsScript", r.assumptionsScript().toString());
        }
        return node;
    }

    private static ObjectNode config(Config config) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Config.Entry e : config.entries()) {
            if (e.isBool()) node.put(e.name(), e.value() != 0);
            else node.put(e.name(), new BigInteger(Long.toUnsignedString(e.value())));
        }
        return node;
    }
}
