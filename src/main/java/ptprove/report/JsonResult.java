package ptprove.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Span;

/**
 * One entry of a JSON report's {@code results} read back ({@link JsonReportReader}): the outcome, with an
 * obligation that has the result's name, kind, index, configuration, position and model labels but no terms, and
 * the replays of its counterexamples. In a model object the kernel terms of the replay ({@code level},
 * {@code index_path}, {@code table_span}, {@code walk}, {@code trace}) follow the values, which are hex strings or
 * booleans; a value that is neither is a kernel term.
 */
record JsonResult(Outcome outcome, Replay replay, List<Replay> otherReplays) {
    private static final Set<String> KERNEL_TERMS = Set.of("level", "index_path", "table_span", "walk", "trace");

    static JsonResult read(String spec, JsonNode r, ReportSources sources, boolean cached) {
        Verdict verdict = Verdict.ofWord(r.path("verdict").asText());
        if (verdict == null) throw new IllegalArgumentException("unknown verdict '" + r.path("verdict").asText() + "'");
        JsonNode model = r.has("counterexample") ? r.get("counterexample") : r.path("witness");
        List<Obligation.Variable> variables = variables(model);
        String name = r.path("name").asText();
        Span span = r.has("line") ? sources.nameSpan(spec, r.path("line").asInt(), r.path("column").asInt(), name)
                : Span.SYNTHETIC;
        Obligation.Kind kind = JsonReportReader.kind(r.path("kind").asText());
        Obligation ob = new Obligation(spec, r.path("index").asInt(), name, kind, span, JsonReportReader.config(r.path("config")), 64, variables, null, null);
        List<List<Outcome.Value>> others = new ArrayList<>();
        List<Replay> otherReplays = new ArrayList<>();
        JsonNode every = r.path("counterexamples");
        for (int i = 1; i < every.size(); i++) {
            others.add(values(every.get(i), variables));
            otherReplays.add(replay(every.get(i), "confirmed", ""));
        }
        double millis = r.has("millis") ? r.path("millis").asDouble() : Double.NaN;
        Outcome o = new Outcome(ob, verdict, millis, r.path("fingerprint").asText(null), values(model, variables),
                r.path("reason").asText(null), others, cached);
        Replay replay = r.has("replay") ? replay(model, r.path("replay").asText(), r.path("replayDetail").asText(""))
                : null;
        if (replay != null && r.has("falseConjuncts")) {
            replay = new Replay(replay.status(), replay.explanation(), replay.findings(), replay.trace(),
                    conjuncts(r.path("falseConjuncts")));
        }
        return new JsonResult(o, replay, otherReplays);
    }

    /** A model's value fields (not its kernel terms) as variables labelled by their keys. */
    private static List<Obligation.Variable> variables(JsonNode model) {
        List<Obligation.Variable> out = new ArrayList<>();
        model.fields().forEachRemaining(e -> {
            if (isValue(e.getKey(), e.getValue())) {
                int width = e.getValue().isBoolean() ? 0 : 64;
                out.add(new Obligation.Variable(new Term.Var(e.getKey(), width, Span.SYNTHETIC), e.getKey(),
                        Obligation.Origin.BOUND));
            }
        });
        return out;
    }

    private static boolean isValue(String key, JsonNode v) {
        if (v.isBoolean()) return true;
        return v.isTextual() && (!KERNEL_TERMS.contains(key) || v.asText().startsWith("0x"));
    }

    private static List<Outcome.Value> values(JsonNode model, List<Obligation.Variable> variables) {
        List<Outcome.Value> out = new ArrayList<>();
        for (Obligation.Variable v : variables) {
            JsonNode n = model.path(v.label());
            long value = n.isBoolean() ? (n.asBoolean() ? 1 : 0) : Long.parseUnsignedLong(n.asText().substring(2), 16);
            out.add(new Outcome.Value(v, value));
        }
        return out;
    }

    /** The replay a model's kernel terms describe: a freed table (one finding), or only a trace. */
    private static Replay replay(JsonNode model, String status, String detail) {
        Replay.Status s = null;
        for (Replay.Status x : Replay.Status.values()) if (x.word().equals(status)) s = x;
        if (s == null) throw new IllegalArgumentException("unknown replay status '" + status + "'");
        List<Replay.Step> trace = trace(model.path("trace"));
        if (!model.path("level").isTextual() || !model.path("table_span").isArray()) {
            return new Replay(s, detail, List.of(), trace);
        }
        JsonNode span = model.path("table_span");
        JsonNode walk = model.path("walk");
        // the report has neither the walked address nor the other region's name; other_address, if a value
        JsonNode other = model.path("other_address");
        Replay.Finding f = new Replay.Finding("", model.path("level").asText(), hex(span.get(0)),
                model.path("index_path").asText(), hex(span.get(0)), hex(span.get(1)), hex(walk.get(0)),
                hex(walk.get(1)), other.isTextual() ? hex(other) : null, null, trace);
        return new Replay(s, detail, List.of(f));
    }

    private static List<Replay.Step> trace(JsonNode steps) {
        List<Replay.Step> out = new ArrayList<>();
        for (JsonNode st : steps) {
            Map<String, String> values = new LinkedHashMap<>();
            st.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            JsonNode file = st.path("file");
            out.add(new Replay.Step(file.isTextual() ? file.asText() : null, st.path("line").asInt(), st.path("column").asInt(), st.path("depth").asInt(),
                    st.path("source").asText(), values, st.path("result").asText()));
        }
        return out;
    }

    private static List<Replay.Conjunct> conjuncts(JsonNode array) {
        List<Replay.Conjunct> out = new ArrayList<>();
        for (JsonNode c : array) {
            out.add(new Replay.Conjunct(c.path("line").asInt(), c.path("column").asInt(), c.path("source").asText(),
                    c.path("op").asText(null), c.path("left").asText(null), c.path("leftValue").asText(null),
                    c.path("right").asText(null), c.path("rightValue").asText(null)));
        }
        return out;
    }

    private static long hex(JsonNode n) {
        return Long.parseUnsignedLong(n.asText().substring(2), 16);
    }
}
