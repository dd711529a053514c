package ptprove.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordComparison;
import ptprove.proofs.RecordEntry;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;

/**
 * A {@code check --format json} report (or a {@code ptprove merge} of shards) read back into the {@link RunReport}
 * every renderer takes, so {@code ptprove render} can give any format from it: the inverse of
 * {@link JsonReportRenderer}. Read back are the verdicts, models, replays in kernel terms, traces, record
 * comparisons and diagnostics; an obligation gets no terms (no renderer reads them). Which outcomes came from the
 * cache is not in the report, only how many: that many are marked. Positions become spans into the spec file
 * when it is at hand and fits, else into a stand-in text with the same lines and columns
 * ({@link ReportSources}).
 */
public final class JsonReportReader {
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Not a report this reader understands; the message says why. */
    public static final class NotAReport extends Exception {
        NotAReport(String message) { super(message); }
    }

    /** What the report holds besides the run: whether it lists every counterexample of {@code --all}. */
    public record Read(RunReport run, boolean allCounterexamples, boolean includesTimes) {}

    private final ReportSources sources = new ReportSources();

    private JsonReportReader() {}

    public static Read read(String json, String name) throws NotAReport {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new NotAReport(name + ": not JSON (" + Json.problem(e) + ")");
        }
        if (root == null || !root.isObject() || !root.path("tool").isObject() || !root.path("specs").isArray()
                || !root.path("results").isArray() || !root.path("summary").isObject()) {
            throw new NotAReport(name + ": not a report of 'ptprove check --format json' or 'ptprove merge'");
        }
        try {
            return new JsonReportReader().run(root);
        } catch (RuntimeException e) {
            throw new NotAReport(name + ": a malformed report (" + e.getMessage() + ")");
        }
    }

    private Read run(JsonNode root) {
        sources.collect(root);
        Map<String, List<JsonNode>> results = bySpec(root.path("results"));
        Map<String, List<JsonNode>> changes = bySpec(root.path("changes"));
        Map<String, List<JsonNode>> diagnostics = bySpec(root.path("diagnostics"));
        JsonNode summary = root.path("summary");
        int cached = summary.path("fromCache").asInt(0);
        boolean all = false;
        List<SpecReport> specs = new ArrayList<>();
        for (JsonNode spec : root.path("specs")) {
            String name = spec.path("spec").asText();
            List<Diagnostic> ds = new ArrayList<>();
            for (JsonNode d : diagnostics.getOrDefault(name, List.of())) ds.add(sources.diagnostic(d));
            if ("error".equals(spec.path("status").asText())) {
                specs.add(SpecReport.failed(name, ds));
                continue;
            }
            Specs s = outcomes(name, results.getOrDefault(name, List.of()), cached);
            cached -= s.cached;
            all |= s.all;
            RecordComparison cmp = "none".equals(spec.path("record").asText()) ? null
                    : comparison(name, results.getOrDefault(name, List.of()), changes.getOrDefault(name, List.of()));
            specs.add(new SpecReport(name, ds, s.outcomes, cmp, s.replays, s.otherReplays));
        }
        ToolInfo tool = tool(root.path("tool"));
        double millis = summary.has("millis") ? summary.path("millis").asDouble() : Double.NaN;
        RunReport run = new RunReport(tool, specs, millis, root.path("shard").asText(null), summary.has("fromCache"));
        return new Read(run, all, summary.has("millis"));
    }

    private static Map<String, List<JsonNode>> bySpec(JsonNode array) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (JsonNode n : array) out.computeIfAbsent(n.path("spec").asText(), k -> new ArrayList<>()).add(n);
        return out;
    }

    private static ToolInfo tool(JsonNode t) {
        Map<String, String> options = new LinkedHashMap<>();
        t.path("options").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue().asText()));
        return new ToolInfo(t.path("name").asText(), t.path("version").asText(), t.path("solver").asText(), options);
    }

    /** One spec's outcomes and replays, read from its results. */
    private static final class Specs {
        final List<Outcome> outcomes = new ArrayList<>();
        final Map<Integer, Replay> replays = new LinkedHashMap<>();
        final Map<Integer, List<Replay>> otherReplays = new LinkedHashMap<>();
        int cached;
        boolean all;
    }

    private Specs outcomes(String spec, List<JsonNode> results, int cachedLeft) {
        Specs s = new Specs();
        for (JsonNode r : results) {
            boolean cached = s.cached < cachedLeft;
            if (cached) s.cached++;
            JsonResult one = JsonResult.read(spec, r, sources, cached);
            s.outcomes.add(one.outcome());
            int index = one.outcome().obligation().index();
            if (one.replay() != null) s.replays.put(index, one.replay());
            if (!one.otherReplays().isEmpty()) s.otherReplays.put(index, one.otherReplays());
            s.all |= r.has("counterexamples");
        }
        return s;
    }

    /**
     * The record as the report shows it (each result's recorded verdict, the fingerprints of its changes, gone
     * entries) and the changes exactly as reported.
     */
    private static RecordComparison comparison(String spec, List<JsonNode> results, List<JsonNode> changeNodes) {
        Map<RecordKey, RecordChange> changes = new LinkedHashMap<>();
        for (JsonNode c : changeNodes) {
            RecordChange change = change(c);
            changes.put(change.key(), change);
        }
        List<RecordEntry> entries = new ArrayList<>();
        for (JsonNode r : results) {
            Verdict recorded = Verdict.ofWord(r.path("recorded").asText(""));
            if (recorded == null) continue;
            RecordKey key = new RecordKey(kind(r.path("kind").asText()), r.path("name").asText(),
                    config(r.path("config")));
            RecordChange c = changes.get(key);
            String fp = c != null ? c.recordedFingerprint() : r.path("fingerprint").asText(null);
            entries.add(new RecordEntry(key, recorded, fp));
        }
        for (RecordChange c : changes.values()) {
            if (c.kind() == RecordChange.Kind.GONE) {
                entries.add(new RecordEntry(c.key(), c.recorded(), c.recordedFingerprint()));
            }
        }
        return RecordComparison.of(new ProofRecord(spec, entries), new ArrayList<>(changes.values()));
    }

    private static RecordChange change(JsonNode c) {
        RecordChange.Kind kind = null;
        for (RecordChange.Kind k : RecordChange.Kind.values()) if (k.word().equals(c.path("change").asText())) kind = k;
        if (kind == null) throw new IllegalArgumentException("unknown change '" + c.path("change").asText() + "'");
        RecordKey key = new RecordKey(kind(c.path("kind").asText()), c.path("name").asText(), config(c.path("config")));
        return new RecordChange(kind, key, Verdict.ofWord(c.path("recorded").asText("")),
                Verdict.ofWord(c.path("current").asText("")), c.path("recordedFingerprint").asText(null),
                c.path("currentFingerprint").asText(null));
    }

    static Obligation.Kind kind(String word) {
        for (Obligation.Kind k : Obligation.Kind.values()) if (k.word().equals(word)) return k;
        throw new IllegalArgumentException("unknown kind '" + word + "'");
    }

    /** {@code {"ERA": 504, "LPA2": true}} in its order; numbers unsigned. */
    static Config config(JsonNode node) {
        List<Config.Entry> entries = new ArrayList<>();
        node.fields().forEachRemaining(e -> entries.add(e.getValue().isBoolean()
                ? new Config.Entry(e.getKey(), e.getValue().asBoolean() ? 1 : 0, true)
                : new Config.Entry(e.getKey(), e.getValue().bigIntegerValue().longValue(), false)));
        return new Config(entries);
    }
}
