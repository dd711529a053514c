package ptprove.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether two shard reports come from one run, by their {@code "run"} blocks ({@link ShardIdentity}): the same
 * {@code --config} selection, the same result-shaping options, and for every spec the same sources and the same
 * proof record. A difference is named, so a CI log says which shard was made from what.
 */
final class ShardRuns {
    private ShardRuns() {}

    /** @throws ShardMerge.Incompatible naming the first difference between shard {@code a} and shard {@code b} */
    static void requireSame(String a, JsonNode runA, String b, JsonNode runB) throws ShardMerge.Incompatible {
        String pair = a + " and " + b + " ";
        if (runA == null || runB == null) {
            throw new ShardMerge.Incompatible((runA == null ? a : b) + ": a shard report without its run's"
                    + " identity (made by an older ptprove?); check every shard with this one");
        }
        if (!runA.path("selection").equals(runB.path("selection"))) {
            throw new ShardMerge.Incompatible(pair + "were made with different --config selections ("
                    + pairs(runA.path("selection")) + " and " + pairs(runB.path("selection")) + ")");
        }
        if (!runA.path("options").equals(runB.path("options"))) {
            throw new ShardMerge.Incompatible(pair + "were made with different options ("
                    + pairs(runA.path("options")) + " and " + pairs(runB.path("options")) + ")");
        }
        JsonNode specsA = runA.path("specs"), specsB = runB.path("specs");
        for (int i = 0; i < Math.max(specsA.size(), specsB.size()); i++) {
            JsonNode x = specsA.path(i), y = specsB.path(i);
            String spec = x.path("spec").asText(y.path("spec").asText());
            if (!x.path("spec").equals(y.path("spec"))) throw new ShardMerge.Incompatible(pair + "check different specs");
            if (!x.path("sources").equals(y.path("sources"))) {
                throw new ShardMerge.Incompatible(pair + "checked different versions of " + spec
                        + " (its text or a file it imports differs)");
            }
            if (!x.path("record").equals(y.path("record"))) {
                throw new ShardMerge.Incompatible(pair + "compared " + spec + " with different proof records");
            }
        }
    }

    /** The same tool: name and version, solver, and solver options (seed, budgets), naming what differs. */
    static void requireSameTool(String a, JsonNode toolA, String b, JsonNode toolB) throws ShardMerge.Incompatible {
        if (toolA.equals(toolB)) return;
        List<String> differ = new ArrayList<>();
        for (String field : List.of("name", "version", "solver")) {
            if (!toolA.path(field).equals(toolB.path(field))) {
                differ.add(field + " " + toolA.path(field).asText() + " and " + toolB.path(field).asText());
            }
        }
        JsonNode optionsA = toolA.path("options"), optionsB = toolB.path("options");
        java.util.Set<String> keys = new java.util.TreeSet<>();
        optionsA.fieldNames().forEachRemaining(keys::add);
        optionsB.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            if (!optionsA.path(k).equals(optionsB.path(k))) {
                differ.add(k + " " + optionsA.path(k).asText("-") + " and " + optionsB.path(k).asText("-"));
            }
        }
        throw new ShardMerge.Incompatible(a + " and " + b + " have different tools, solvers or options: "
                + String.join(", ", differ));
    }

    /** {@code ERA=504 PAGE_SHIFT=12}, or {@code none}. */
    private static String pairs(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fields().forEachRemaining(e -> out.add(e.getKey() + "=" + e.getValue().asText()));
        return out.isEmpty() ? "none" : String.join(" ", out);
    }
}
