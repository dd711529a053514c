package ptprove.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import ptprove.crosscheck.CrossCheck;
import ptprove.crosscheck.CrossCheckReport;
import ptprove.ir.Obligation;

/** A cross-check's results as text (for stderr or after the text report) and inside a JSON report. */
public final class CrossCheckRenderer {
    /** At most this many not-compared obligations get a line of their own; disagreements and errors all do. */
    static final int MAX_NOT_COMPARED_LINES = 20;

    private final CrossCheckReport report;

    public CrossCheckRenderer(CrossCheckReport report) {
        this.report = report;
    }

    /**
     * A line per disagreement and error (with the kept script's path), per not-compared obligation (up to
     * {@link #MAX_NOT_COMPARED_LINES}), then the summary line, e.g.
     * {@code cross-check cvc5 1.0.3: 2074 agree, 0 disagree, 0 not compared (726 distinct queries, 39.2 s)}.
     */
    public String renderText(boolean timings) {
        StringBuilder sb = new StringBuilder();
        int notCompared = 0;
        for (CrossCheck.Result r : report.results()) {
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
        StringBuilder sb = new StringBuilder("cross-check ").append(report.solver()).append(": ")
                .append(report.count(CrossCheck.Status.AGREE)).append(" agree, ")
                .append(report.count(CrossCheck.Status.DISAGREE)).append(" disagree, ")
                .append(report.count(CrossCheck.Status.NOT_COMPARED)).append(" not compared");
        int errors = report.count(CrossCheck.Status.ERROR);
        if (errors > 0) sb.append(", ").append(errors).append(errors == 1 ? " error" : " errors");
        sb.append(" (").append(report.queries()).append(report.queries() == 1 ? " distinct query" : " distinct queries");
        if (timings) sb.append(", ").append(String.format(Locale.ROOT, "%.1f s", report.millis() / 1000));
        return sb.append(')').toString();
    }

    /** For stderr when {@link CrossCheckReport#failed()}: what went wrong, what it means and where the scripts are. */
    public String failureMessage() {
        int disagree = report.count(CrossCheck.Status.DISAGREE);
        int errors = report.count(CrossCheck.Status.ERROR);
        String name = report.solver().split(" ")[0];
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
        if (report.keptScripts() != null) {
            sb.append("ptprove: scripts kept in ").append(report.keptScripts()).append(" (replay: ").append(name)
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
     * before {@code "summary"}; when the cross-check {@link CrossCheckReport#failed()}, {@code summary.exitCode} becomes 70.
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
        if (report.failed() && root.get("summary") instanceof ObjectNode summary) summary.put("exitCode", 70);
        return Json.write(root);
    }

    private ObjectNode json(boolean includeTimes) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("solver", report.solver());
        node.put("timeoutMs", report.timeoutMs());
        node.put("queries", report.queries());
        Map<CrossCheck.Status, String> keys = new EnumMap<>(Map.of(CrossCheck.Status.AGREE, "agree",
                CrossCheck.Status.DISAGREE, "disagree", CrossCheck.Status.NOT_COMPARED, "notCompared",
                CrossCheck.Status.ERROR, "error"));
        keys.forEach((s, k) -> node.put(k, report.count(s)));
        if (includeTimes) node.put("millis", BigDecimal.valueOf(report.millis()).setScale(1, RoundingMode.HALF_EVEN));
        node.put("keptScripts", report.keptScripts() == null ? null : report.keptScripts().toString());
        ArrayNode list = node.putArray("results");
        for (CrossCheck.Result r : report.results()) {
            Obligation o = r.outcome().obligation();
            ObjectNode e = list.addObject();
            Json.obligation(e, o.spec(), o);
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
}
