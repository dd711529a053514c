package ptprove.proofs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;

/**
 * A run's outcomes for one spec held against that spec's proof record. Changes come in a stable order: the
 * run's obligations in index order (new, flipped, fingerprint changed), then gone entries in record order.
 */
public final class RecordComparison {

    /** How much of the spec the run checked. */
    public enum Coverage {
        /** Every obligation of the spec: a recorded entry the run did not produce is gone. */
        COMPLETE,
        /** A selection (say, one configuration): entries the run did not produce are out of scope, not gone. */
        PARTIAL
    }

    private final ProofRecord record;
    private final Map<RecordKey, RecordEntry> recorded;
    private final List<RecordChange> changes;

    private RecordComparison(ProofRecord record, List<RecordChange> changes) {
        this.record = record;
        this.recorded = Collections.unmodifiableMap(record.byKey());
        this.changes = List.copyOf(changes);
    }

    /**
     * A comparison made earlier, read back (from a JSON report, say): the record as far as it is known and the
     * changes as they were reported, in their order.
     */
    public static RecordComparison of(ProofRecord record, List<RecordChange> changes) {
        return new RecordComparison(record, changes);
    }

    /** Compares a complete run. */
    public static RecordComparison compare(ProofRecord record, List<Outcome> outcomes) {
        return compare(record, outcomes, Coverage.COMPLETE);
    }

    public static RecordComparison compare(ProofRecord record, List<Outcome> outcomes, Coverage coverage) {
        return compare(record, outcomes, coverage, Set.of());
    }

    /**
     * For one shard of a run ({@code --shard}): {@code checkedElsewhere} are the keys of the spec's obligations
     * that other shards check. They are neither compared here nor gone; with {@link Coverage#COMPLETE} (given to
     * exactly one shard) a recorded entry that no shard produces is gone.
     */
    public static RecordComparison compare(ProofRecord record, List<Outcome> outcomes, Coverage coverage,
                                           Set<RecordKey> checkedElsewhere) {
        Objects.requireNonNull(coverage, "coverage");
        Map<RecordKey, RecordEntry> byKey = record.byKey();
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingInt(o -> o.obligation().index()));
        List<RecordChange> changes = new ArrayList<>();
        Set<RecordKey> produced = new HashSet<>(checkedElsewhere);
        for (Outcome o : sorted) {
            RecordKey key = RecordKey.of(o.obligation());
            produced.add(key);
            RecordEntry e = byKey.get(key);
            RecordChange.Kind kind;
            if (e == null) kind = RecordChange.Kind.NEW;
            else if (e.verdict() != o.verdict()) kind = RecordChange.Kind.FLIPPED;
            else if (fingerprintChanged(e.fingerprint(), o.fingerprint())) kind = RecordChange.Kind.FINGERPRINT_CHANGED;
            else continue;
            changes.add(new RecordChange(kind, key, e == null ? null : e.verdict(), o.verdict(),
                    e == null ? null : e.fingerprint(), o.fingerprint()));
        }
        if (coverage == Coverage.COMPLETE) {
            for (RecordEntry e : record.entries()) {
                if (!produced.contains(e.key())) {
                    changes.add(new RecordChange(RecordChange.Kind.GONE, e.key(), e.verdict(), null,
                            e.fingerprint(), null));
                }
            }
        }
        return new RecordComparison(record, changes);
    }

    /** An absent fingerprint on either side (a run that failed before lowering) says nothing about the query. */
    private static boolean fingerprintChanged(String recorded, String current) {
        return recorded != null && current != null && !current.isBlank() && !recorded.equals(current);
    }

    public ProofRecord record() { return record; }

    /** Every change, informational ones included. */
    public List<RecordChange> changes() { return changes; }

    /** The changes that make the record out of date: new, gone and flipped. */
    public List<RecordChange> differences() {
        return changes.stream().filter(RecordChange::isDifference).toList();
    }

    public boolean hasDifferences() { return changes.stream().anyMatch(RecordChange::isDifference); }

    /** The recorded entry for an obligation, if the record has one. */
    public Optional<RecordEntry> recorded(Obligation obligation) {
        return Optional.ofNullable(recorded.get(RecordKey.of(obligation)));
    }
}
