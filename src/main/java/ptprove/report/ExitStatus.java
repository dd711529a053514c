package ptprove.report;

import ptprove.proofs.RecordChange;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;

/**
 * The process exit status of a run, as a pure function of its report. Constants are declared in increasing
 * severity, so the worst of several is the one with the highest ordinal: 70 &gt; 3 &gt; 4 &gt; 1 &gt; 0.
 *
 * <ul>
 * <li>An {@code error} verdict (a ptprove bug) gives {@link #INTERNAL}; a spec with an error diagnostic gives
 *     {@link #SPEC_ERROR}.</li>
 * <li>With a proof record, only differences from it count: a new or flipped obligation whose verdict is now
 *     {@code unknown} gives {@link #UNKNOWN}; any other new, gone or flipped obligation gives {@link #FAILURE}
 *     (a new obligation that is proved still means the record must be updated). A changed fingerprint alone
 *     does not count, and a verdict that matches the record passes even if it is refuted.</li>
 * <li>Without a record: refuted, unwitnessed or vacuous gives {@link #FAILURE}; unknown gives {@link #UNKNOWN}.</li>
 * </ul>
 * {@link #USAGE} is the CLI's to decide (nothing ran); it is here so every code has one name.
 */
public enum ExitStatus {
    OK(0), FAILURE(1), UNKNOWN(4), SPEC_ERROR(3), USAGE(2), INTERNAL(70);

    private final int code;
    ExitStatus(int code) { this.code = code; }

    public int code() { return code; }

    /** The more severe of the two. */
    public ExitStatus max(ExitStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public static ExitStatus of(RunReport run) {
        ExitStatus s = OK;
        for (SpecReport spec : run.specs()) s = s.max(of(spec));
        return s;
    }

    public static ExitStatus of(SpecReport spec) {
        ExitStatus s = spec.hasErrors() ? SPEC_ERROR : OK;
        for (Outcome o : spec.outcomes()) if (o.verdict() == Verdict.ERROR) s = s.max(INTERNAL);
        // the reference evaluator disagreeing with the solver means one of the two semantics is wrong
        for (Replay r : spec.replays().values()) if (r.status() == Replay.Status.REJECTED) s = s.max(INTERNAL);
        if (spec.hasRecord()) {
            for (RecordChange c : spec.comparison().differences()) {
                // Any difference fails; one whose current verdict is unknown fails as the solver giving up.
                s = s.max(c.current() == Verdict.UNKNOWN ? UNKNOWN : FAILURE);
            }
        } else {
            for (Outcome o : spec.outcomes()) s = s.max(withoutRecord(o.verdict()));
        }
        return s;
    }

    private static ExitStatus withoutRecord(Verdict v) {
        return switch (v) {
            case REFUTED, UNWITNESSED, VACUOUS -> FAILURE;
            case UNKNOWN -> UNKNOWN;
            default -> OK;
        };
    }
}
