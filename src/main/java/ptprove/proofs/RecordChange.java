package ptprove.proofs;

import java.util.Objects;
import ptprove.result.Verdict;

/**
 * One way a run differs from its proof record.
 *
 * @param recorded the recorded verdict; {@code null} for {@link Kind#NEW}
 * @param current  the verdict of this run; {@code null} for {@link Kind#GONE}
 */
public record RecordChange(Kind kind, RecordKey key, Verdict recorded, Verdict current,
                           String recordedFingerprint, String currentFingerprint) {

    public enum Kind {
        /** Produced by the run, not in the record. */
        NEW("new"),
        /** In the record, not produced by the run. */
        GONE("gone"),
        /** The verdict differs from the recorded one. */
        FLIPPED("flipped"),
        /** Same verdict, different query: the spec or the lowering changed. Informational, never a failure. */
        FINGERPRINT_CHANGED("fingerprint changed");

        private final String word;
        Kind(String word) { this.word = word; }
        public String word() { return word; }

        /** Whether this kind means the record is out of date (and the run fails until it is updated). */
        public boolean isDifference() { return this != FINGERPRINT_CHANGED; }
    }

    public RecordChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (kind != Kind.NEW) Objects.requireNonNull(recorded, "recorded");
        if (kind != Kind.GONE) Objects.requireNonNull(current, "current");
    }

    public boolean isDifference() { return kind.isDifference(); }
}
