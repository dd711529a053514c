package ptprove.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes the reports of {@code check --shard i/n} parts of one run, beyond the tool, solver and budgets that
 * {@link ToolInfo} already records: the {@code --config} selection, the options that shape the results, and per
 * spec a digest of its sources (the spec and everything it imports) and of the proof record it was compared with.
 * {@code ptprove merge} refuses shards that differ in any of these, naming the difference; it is written only into
 * shard reports ({@code "run"}), so an unsharded report is unchanged.
 *
 * @param selection {@code --config NAME=VALUE}, by name (empty: every configuration)
 * @param options   result-shaping options by name, e.g. {@code all=false}
 * @param specs     one per spec, in run order
 */
public record ShardIdentity(Map<String, String> selection, Map<String, String> options, List<Spec> specs) {
    /**
     * @param sources a SHA-256 of the spec's files and their text, or null for a spec with errors (whose
     *                diagnostics the reports carry anyway)
     * @param record  a SHA-256 of the record it was compared with, or null when it had none
     */
    public record Spec(String spec, String sources, String record) {}

    public ShardIdentity {
        selection = Collections.unmodifiableMap(new TreeMap<>(selection));
        options = Collections.unmodifiableMap(new TreeMap<>(options));
        specs = List.copyOf(specs);
    }
}
