package ptprove.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.result.Verdict;

/**
 * {@code ptprove merge}: joins the JSON reports of {@code check --shard i/n} runs into the report one unsharded
 * run would have printed (same fields, same order, same exit code). Every shard of one split must be there
 * exactly once, from the same tool, solver and options, the same {@code --config} selection, over the same spec
 * texts compared with the same records ({@link ShardRuns}); anything else is {@link Incompatible}, naming the
 * difference, never a silently wrong report. Times: a merged {@code millis} is the slowest shard's
 * (the shards ran in parallel); it is left out unless every shard has one.
 */
public final class ShardMerge {
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS); // "12.0" stays "12.0"
    private static final Set<String> FIELDS = Set.of("tool", "shard", "run", "specs", "results", "changes",
            "diagnostics", "summary");

    private ShardMerge() {}

    /** A shard's report: {@code name} (its file) is what errors mention. */
    public record Input(String name, String json) {}

    /** The joined report and the exit status {@code check} would have given it. */
    public record Merged(String json, int exitCode) {}

    /** Shards that do not form one run; the message says which and why. */
    public static final class Incompatible extends Exception {
        private static final long serialVersionUID = 1L;

        Incompatible(String message) { super(message); }
    }

    private record Shard(Input input, ObjectNode root, int index, int count) {}

    public static Merged merge(List<Input> inputs) throws Incompatible {
        if (inputs.isEmpty()) throw new Incompatible("no reports to merge");
        List<Shard> shards = new ArrayList<>();
        for (Input in : inputs) shards.add(read(in));
        checkSplit(shards);
        shards.sort(Comparator.comparingInt(Shard::index));
        Shard first = shards.get(0);
        for (Shard s : shards) {
            ShardRuns.requireSameTool(first.input().name(), first.root().get("tool"), s.input().name(),
                    s.root().get("tool"));
            if (!specNames(first).equals(specNames(s))) throw new Incompatible(pair(first, s) + "check different specs");
            ShardRuns.requireSame(first.input().name(), first.root().get("run"), s.input().name(), s.root().get("run"));
            same(first, s, "diagnostics", "different diagnostics (different specs?)");
        }
        ObjectNode root = Json.object();
        root.set("tool", first.root().get("tool"));
        ArrayNode specs = root.putArray("specs");
        ArrayNode results = root.putArray("results");
        ArrayNode changes = root.putArray("changes");
        root.set("diagnostics", first.root().get("diagnostics"));

        Map<String, List<JsonNode>> resultsBySpec = new LinkedHashMap<>();
        for (String spec : specNames(first)) resultsBySpec.put(spec, new ArrayList<>());
        Map<String, String> seen = new HashMap<>();
        for (Shard s : shards) {
            for (JsonNode r : s.root().get("results")) {
                String spec = r.path("spec").asText();
                List<JsonNode> list = resultsBySpec.get(spec);
                if (list == null) throw new Incompatible(s.input().name() + ": a result for unknown spec " + spec);
                String id = spec + " #" + r.path("index").asInt();
                String before = seen.put(id, s.input().name());
                if (before != null) {
                    throw new Incompatible("obligation " + r.path("name").asText() + " " + r.path("config")
                            + " of " + spec + " is in both " + before + " and " + s.input().name());
                }
                list.add(r);
            }
        }
        Totals totals = new Totals();
        for (int k = 0; k < specNames(first).size(); k++) {
            String name = specNames(first).get(k);
            List<JsonNode> mine = resultsBySpec.get(name);
            mine.sort(Comparator.comparingInt(r -> r.path("index").asInt()));
            results.addAll(mine);
            List<JsonNode> specChanges = changes(shards, name, mine);
            changes.addAll(specChanges);
            specs.add(spec(shards, k, mine.size()));
            totals.add(specs.get(k), mine, specChanges);
        }
        boolean times = shards.stream().allMatch(s -> s.root().path("summary").has("millis"));
        boolean cached = shards.stream().allMatch(s -> s.root().path("summary").has("fromCache"));
        double millis = times ? shards.stream()
                .mapToDouble(s -> s.root().path("summary").path("millis").asDouble()).max().orElse(0) : Double.NaN;
        Integer fromCache = cached ? shards.stream()
                .mapToInt(s -> s.root().path("summary").path("fromCache").asInt()).sum() : null;
        RunSummary summary = new RunSummary(totals.counts, specs.size(), totals.specErrors, totals.withRecord,
                totals.differences, totals.fingerprints, millis, totals.exit, fromCache, null);
        root.set("summary", new JsonReportRenderer(times).summary(summary));
        return new Merged(Json.write(root), totals.exit.code());
    }

    private static Shard read(Input in) throws Incompatible {
        JsonNode node;
        try {
            node = READER.readTree(in.json());
        } catch (JsonProcessingException e) {
            throw new Incompatible(in.name() + ": not JSON (" + Json.problem(e) + ")");
        }
        if (node == null || !node.isObject() || !node.has("tool") || !node.has("results")
                || !node.path("summary").isObject() || !node.path("specs").isArray()
                || !node.path("changes").isArray() || !node.path("diagnostics").isArray()) {
            throw new Incompatible(in.name() + ": not a report of 'ptprove check --format json'");
        }
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new Incompatible(in.name() + ": has '" + f + "', which merge cannot join"
                        + ("crossCheck".equals(f) ? " (run --cross-check on the merged run instead)" : ""));
            }
        }
        String shard = node.path("shard").asText(null);
        if (shard == null) throw new Incompatible(in.name() + ": not a shard (made without --shard i/n)");
        String[] parts = shard.split("/");
        try {
            return new Shard(in, (ObjectNode) node, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            throw new Incompatible(in.name() + ": shard '" + shard + "' is not i/n");
        }
    }

    /** One split: the same n everywhere, every i from 1 to n exactly once. */
    private static void checkSplit(List<Shard> shards) throws Incompatible {
        int n = shards.get(0).count();
        Map<Integer, Shard> byIndex = new HashMap<>();
        for (Shard s : shards) {
            if (s.count() != n) {
                throw new Incompatible(pair(shards.get(0), s) + "come from different splits ("
                        + shards.get(0).index() + "/" + n + " and " + s.index() + "/" + s.count() + ")");
            }
            Shard before = byIndex.put(s.index(), s);
            if (before != null) throw new Incompatible(pair(before, s) + "are both shard " + s.index() + "/" + n);
        }
        for (int i = 1; i <= n; i++) {
            if (!byIndex.containsKey(i)) throw new Incompatible("shard " + i + "/" + n + " is missing");
        }
    }

    private static void same(Shard a, Shard b, String field, String what) throws Incompatible {
        if (!a.root().get(field).equals(b.root().get(field))) throw new Incompatible(pair(a, b) + "have " + what);
    }

    private static String pair(Shard a, Shard b) {
        return a.input().name() + " and " + b.input().name() + " ";
    }

    private static List<String> specNames(Shard s) {
        List<String> names = new ArrayList<>();
        for (JsonNode spec : s.root().get("specs")) names.add(spec.path("spec").asText());
        return names;
    }

    /** The spec's entry over all shards: obligations added up, the record differs if it differs anywhere. */
    private static ObjectNode spec(List<Shard> shards, int k, int obligations) {
        ObjectNode node = shards.get(0).root().get("specs").get(k).deepCopy();
        node.put("obligations", obligations);
        if (!"none".equals(node.path("record").asText())) {
            boolean differs = shards.stream()
                    .anyMatch(s -> "differs".equals(s.root().get("specs").get(k).path("record").asText()));
            node.put("record", differs ? "differs" : "matches");
        }
        return node;
    }

    /** In check's order: the spec's obligations' changes by index, then gone entries (the first shard's). */
    private static List<JsonNode> changes(List<Shard> shards, String spec, List<JsonNode> results) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (JsonNode r : results) indexOf.put(changeKey(r), r.path("index").asInt());
        List<JsonNode> present = new ArrayList<>();
        List<JsonNode> gone = new ArrayList<>();
        for (Shard s : shards) {
            for (JsonNode c : s.root().get("changes")) {
                if (!spec.equals(c.path("spec").asText())) continue;
                ("gone".equals(c.path("change").asText()) ? gone : present).add(c);
            }
        }
        present.sort(Comparator.comparingInt(c -> indexOf.getOrDefault(changeKey(c), Integer.MAX_VALUE)));
        present.addAll(gone);
        return present;
    }

    private static String changeKey(JsonNode n) {
        return n.path("kind").asText() + " " + n.path("name").asText() + " " + n.path("config");
    }

    /** The summary's numbers and the exit status, computed as check computes them. */
    private static final class Totals {
        final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        int specErrors, withRecord, differences, fingerprints;
        ExitStatus exit = ExitStatus.OK;

        Totals() {
            for (Verdict v : Verdict.values()) counts.put(v, 0);
        }

        void add(JsonNode spec, List<JsonNode> results, List<JsonNode> changes) {
            boolean error = "error".equals(spec.path("status").asText());
            boolean record = !"none".equals(spec.path("record").asText());
            if (error) specErrors++;
            if (record) withRecord++;
            List<Verdict> verdicts = new ArrayList<>();
            boolean rejected = false;
            for (JsonNode r : results) {
                Verdict v = Verdict.ofWord(r.path("verdict").asText());
                if (v == null) v = Verdict.ERROR; // an unreadable verdict must not pass
                verdicts.add(v);
                counts.merge(v, 1, Integer::sum);
                if ("rejected".equals(r.path("replay").asText())) rejected = true;
                for (JsonNode c : r.path("counterexamples")) {
                    if ("rejected".equals(c.path("replay").asText())) rejected = true; // --all: every class counts
                }
            }
            List<Verdict> currents = new ArrayList<>();
            for (JsonNode c : changes) {
                if (c.path("difference").asBoolean()) {
                    differences++;
                    currents.add(Verdict.ofWord(c.path("current").asText()));
                } else {
                    fingerprints++;
                }
            }
            exit = exit.max(ExitStatus.of(error, verdicts, rejected, record, currents));
        }
    }
}
