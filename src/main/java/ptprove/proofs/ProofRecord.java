package ptprove.proofs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.result.Outcome;

/**
 * The recorded verdicts of one spec, in obligation order. Keys are unique (the constructor rejects duplicates).
 *
 * @param spec the spec path as written in the record's header (informational; may be empty for a parsed record
 *             without a header)
 */
public record ProofRecord(String spec, List<RecordEntry> entries) {

    public ProofRecord {
        entries = List.copyOf(entries);
        Map<RecordKey, RecordEntry> seen = new LinkedHashMap<>();
        for (RecordEntry e : entries) {
            if (seen.putIfAbsent(e.key(), e) != null) throw new IllegalArgumentException("duplicate entry " + e.key());
        }
    }

    /** The record a run produces: one entry per outcome, ordered by {@link ptprove.ir.Obligation#index()}. */
    public static ProofRecord of(String spec, List<Outcome> outcomes) {
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingInt(o -> o.obligation().index()));
        List<RecordEntry> entries = new ArrayList<>(sorted.size());
        for (Outcome o : sorted) {
            entries.add(new RecordEntry(RecordKey.of(o.obligation()), o.verdict(), o.fingerprint()));
        }
        return new ProofRecord(spec, entries);
    }

    /** Entries by key, in record order. */
    public Map<RecordKey, RecordEntry> byKey() {
        Map<RecordKey, RecordEntry> map = new LinkedHashMap<>();
        for (RecordEntry e : entries) map.put(e.key(), e);
        return map;
    }
}
