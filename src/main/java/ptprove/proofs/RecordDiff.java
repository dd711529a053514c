package ptprove.proofs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two proof records of one spec compared entry by entry ({@code ptprove diff}): what a re-record changed. The
 * changes are those {@link RecordComparison} reports for a run against a record, with {@code before} as the
 * record and {@code after} as the run: flipped, new and fingerprint-changed entries in {@code after}'s order,
 * then gone ones in {@code before}'s order.
 */
public final class RecordDiff {
    private RecordDiff() {}

    /** Either side may be null (a record added or deleted): every entry of the other side is then new or gone. */
    public static List<RecordChange> between(ProofRecord before, ProofRecord after) {
        List<RecordEntry> old = before == null ? List.of() : before.entries();
        List<RecordEntry> now = after == null ? List.of() : after.entries();
        Map<RecordKey, RecordEntry> oldByKey = new ProofRecord("", old).byKey();
        Set<RecordKey> nowKeys = new ProofRecord("", now).byKey().keySet();
        List<RecordChange> changes = new ArrayList<>();
        for (RecordEntry e : now) {
            RecordEntry o = oldByKey.get(e.key());
            if (o == null) {
                changes.add(new RecordChange(RecordChange.Kind.NEW, e.key(), null, e.verdict(), null, e.fingerprint()));
            } else if (o.verdict() != e.verdict()) {
                changes.add(new RecordChange(RecordChange.Kind.FLIPPED, e.key(), o.verdict(), e.verdict(),
                        o.fingerprint(), e.fingerprint()));
            } else if (o.fingerprint() != null && e.fingerprint() != null && !o.fingerprint().equals(e.fingerprint())) {
                changes.add(new RecordChange(RecordChange.Kind.FINGERPRINT_CHANGED, e.key(), o.verdict(), e.verdict(),
                        o.fingerprint(), e.fingerprint()));
            }
        }
        for (RecordEntry o : old) {
            if (!nowKeys.contains(o.key())) {
                changes.add(new RecordChange(RecordChange.Kind.GONE, o.key(), o.verdict(), null, o.fingerprint(),
                        null));
            }
        }
        return changes;
    }
}
