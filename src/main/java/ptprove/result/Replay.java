package ptprove.result;

import java.util.List;

/**
 * The reference evaluator's re-run of a counterexample or witness (ptprove.eval: concrete values, the kernel's
 * loops), independent of the SMT lowering. {@code findings} explain walk members in kernel terms.
 *
 * @param explanation why it was rejected or skipped; empty when confirmed
 */
public record Replay(Status status, String explanation, List<Finding> findings) {

    public enum Status {
        /** The evaluator agrees: a theorem's assumptions hold and its claim fails (an example's claim holds). */
        CONFIRMED("confirmed"),
        /** The evaluator disagrees: a bug in one of the two semantics. */
        REJECTED("rejected"),
        /** Not replayed (e.g. a walk too large to simulate); says why. */
        SKIPPED("skipped");

        private final String word;
        Status(String word) { this.word = word; }
        public String word() { return word; }
    }

    /**
     * A walk member, in the terms of the kernel's page tables: the table page below the {@code level} entry that
     * maps {@code address} (reached by {@code indexPath}, e.g. {@code pgd[507] -> pud[255]}) maps
     * [{@code tableStart}, {@code tableEnd}); the walk visited that entry with the sub-range
     * [{@code walkStart}, {@code walkEnd}); {@code otherAddress} in {@code region} uses the same table page.
     * {@code otherAddress} and {@code region} are null for {@code frees_any}.
     */
    public record Finding(String member, String level, long address, String indexPath, long tableStart,
                          long tableEnd, long walkStart, long walkEnd, Long otherAddress, String region) {}

    public Replay {
        findings = List.copyOf(findings);
    }

    public static Replay skipped(String why) {
        return new Replay(Status.SKIPPED, why, List.of());
    }
}
