package ptprove.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.example;
import static ptprove.proofs.TestOutcomes.outcome;
import static ptprove.proofs.TestOutcomes.theorem;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

class RecordComparisonTest {
    private static final Config A = config("ERA", 504);
    private static final Config B = config("ERA", 609);

    private static final ProofRecord RECORD = ProofRecord.of("s", List.of(
            outcome(theorem(0, "same", A), Verdict.PROVED, "f1"),
            outcome(theorem(1, "flips", A), Verdict.PROVED, "f2"),
            outcome(theorem(2, "requery", A), Verdict.REFUTED, "f3"),
            outcome(example(3, "gone", A), Verdict.WITNESSED, "f4"),
            outcome(theorem(4, "same", B), Verdict.PROVED, "f5")));

    private static final List<Outcome> RUN = List.of(
            outcome(theorem(4, "same", B), Verdict.PROVED, "f5"),
            outcome(theorem(0, "same", A), Verdict.PROVED, "f1"),
            outcome(theorem(1, "flips", A), Verdict.UNKNOWN, "f2"),
            outcome(theorem(2, "requery", A), Verdict.REFUTED, "f3-new"),
            outcome(theorem(3, "added", A), Verdict.PROVED, "f6"));

    private static String describe(RecordChange c) {
        return c.kind() + " " + c.key() + " " + c.recorded() + " " + c.current();
    }

    @Test
    void listsNewGoneFlippedAndFingerprintChangesInStableOrder() {
        RecordComparison cmp = RecordComparison.compare(RECORD, RUN);
        assertEquals(List.of(
                "FLIPPED theorem flips [ERA=504] PROVED UNKNOWN",
                "FINGERPRINT_CHANGED theorem requery [ERA=504] REFUTED REFUTED",
                "NEW theorem added [ERA=504] null PROVED",
                "GONE example gone [ERA=504] WITNESSED null"),
                cmp.changes().stream().map(RecordComparisonTest::describe).toList());
        assertEquals(List.of(RecordChange.Kind.FLIPPED, RecordChange.Kind.NEW, RecordChange.Kind.GONE),
                cmp.differences().stream().map(RecordChange::kind).toList());
        assertTrue(cmp.hasDifferences());
        RecordChange fp = cmp.changes().get(1);
        assertEquals("f3", fp.recordedFingerprint());
        assertEquals("f3-new", fp.currentFingerprint());
    }

    @Test
    void aMatchingRunHasNoChanges() {
        RecordComparison cmp = RecordComparison.compare(RECORD, List.of(
                outcome(theorem(0, "same", A), Verdict.PROVED, "f1"),
                outcome(theorem(1, "flips", A), Verdict.PROVED, "f2"),
                outcome(theorem(2, "requery", A), Verdict.REFUTED, "f3"),
                outcome(example(3, "gone", A), Verdict.WITNESSED, "f4"),
                outcome(theorem(4, "same", B), Verdict.PROVED, "f5")));
        assertEquals(List.of(), cmp.changes());
        assertFalse(cmp.hasDifferences());
    }

    @Test
    void keyIsKindNameAndConfigNotIndex() {
        // same name as a theorem but an example; same name and kind but other config; moved index
        RecordComparison cmp = RecordComparison.compare(RECORD, List.of(
                outcome(theorem(9, "same", A), Verdict.PROVED, "f1"),
                outcome(example(10, "same", A), Verdict.WITNESSED, "x"),
                outcome(theorem(11, "same", config("ERA", 504, "VA_BITS", 48)), Verdict.PROVED, "y")));
        List<String> news = cmp.changes().stream().filter(c -> c.kind() == RecordChange.Kind.NEW)
                .map(c -> c.key().toString()).toList();
        assertEquals(List.of("example same [ERA=504]", "theorem same [ERA=504 VA_BITS=48]"), news);
    }

    @Test
    void aPartialRunReportsNothingGone() {
        RecordComparison cmp = RecordComparison.compare(RECORD,
                List.of(outcome(theorem(0, "same", A), Verdict.PROVED, "f1")), RecordComparison.Coverage.PARTIAL);
        assertEquals(List.of(), cmp.changes());
        RecordComparison full = RecordComparison.compare(RECORD,
                List.of(outcome(theorem(0, "same", A), Verdict.PROVED, "f1")));
        assertEquals(4, full.changes().size());
    }

    @Test
    void aMissingFingerprintIsNotAChange() {
        RecordComparison cmp = RecordComparison.compare(RECORD, List.of(
                outcome(theorem(0, "same", A), Verdict.PROVED, null)), RecordComparison.Coverage.PARTIAL);
        assertEquals(List.of(), cmp.changes());
    }

    @Test
    void recordedEntryIsFoundByObligation() {
        RecordComparison cmp = RecordComparison.compare(RECORD, RUN);
        Obligation flips = theorem(7, "flips", A);
        assertEquals(Optional.of(Verdict.PROVED), cmp.recorded(flips).map(RecordEntry::verdict));
        assertEquals(Optional.empty(), cmp.recorded(theorem(3, "added", A)));
    }
}
