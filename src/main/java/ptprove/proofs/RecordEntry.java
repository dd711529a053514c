package ptprove.proofs;

import java.util.Objects;
import ptprove.result.Verdict;

/**
 * One line of a proof record: an obligation's verdict and the fingerprint of its lowered query.
 *
 * @param fingerprint the query fingerprint, or {@code null} when the run had none (written as {@code -})
 */
public record RecordEntry(RecordKey key, Verdict verdict, String fingerprint) {
    public RecordEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(verdict, "verdict");
        if (fingerprint != null && fingerprint.isBlank()) fingerprint = null;
    }
}
