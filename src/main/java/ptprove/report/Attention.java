package ptprove.report;

import java.util.HashSet;
import java.util.Set;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;

/**
 * Which results of a spec a reviewer has to look at, decided once per spec for every review-style renderer:
 * a difference from the proof record; an unknown, vacuous or error verdict or a rejected replay whatever the
 * record says; and, for a spec without a record, anything not proved or witnessed. A refutation the record
 * expects needs no attention: it is what the spec documents.
 */
final class Attention {
    private final SpecReport spec;
    private final Set<RecordKey> differs = new HashSet<>();

    Attention(SpecReport spec) {
        this.spec = spec;
        if (spec.hasRecord()) {
            for (RecordChange c : spec.comparison().differences()) differs.add(c.key());
        }
    }

    /** The keys of the spec's new and flipped obligations (gone ones have no outcome to mark). */
    Set<RecordKey> differences() { return differs; }

    /** Whether this outcome differs from the spec's proof record. */
    boolean differs(Outcome o) {
        return differs.contains(RecordKey.of(o.obligation()));
    }

    /** A failing verdict the proof record expects (a documented refutation, say). */
    boolean expected(Outcome o) {
        return spec.hasRecord() && !o.verdict().isSuccess() && !differs(o);
    }

    /** Keys of the outcomes {@link #expected} holds for. */
    Set<RecordKey> expectedKeys() {
        Set<RecordKey> keys = new HashSet<>();
        for (Outcome o : spec.outcomes()) if (expected(o)) keys.add(RecordKey.of(o.obligation()));
        return keys;
    }

    /** Whether the outcome needs a reviewer's eyes (see the class comment). */
    boolean needs(Outcome o) {
        if (differs(o) || troubled(o)) return true;
        return !spec.hasRecord() && !o.verdict().isSuccess();
    }

    /** Needs attention although it is no difference: unknown, vacuous, error, a rejected replay, no record. */
    boolean needsBesidesChanges(Outcome o) {
        return !differs(o) && needs(o);
    }

    /** Unknown, vacuous or error, or the reference evaluator rejected the model: never a settled result. */
    private boolean troubled(Outcome o) {
        Verdict v = o.verdict();
        if (v == Verdict.UNKNOWN || v == Verdict.VACUOUS || v == Verdict.ERROR) return true;
        Replay r = spec.replay(o);
        return r != null && r.status() == Replay.Status.REJECTED;
    }
}
