package ptprove.report;

import java.util.List;
import ptprove.proofs.RecordChange;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;

/**
 * The process exit status of a run, as a pure function of its report. Constants are declared in increasing
 * severity, so the worst of several is the one with the highest ordinal: 70 &gt; 3 &gt; 4 &gt; 1 &gt; 0.
 *
 * <ul>
 * <li>An {@code error} verdict (a ptprove bug) gives {@link #INTERNAL}, and so does a counterexample or witness
 *     the reference evaluator rejects (any of them: with {@code --all}, every class's); a spec with an error
 *     diagnostic gives {@link #SPEC_ERROR}.</li>
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
        // every replay counts: the first model's and, with --all, each further class's
        boolean rejected = spec.replays().values().stream().anyMatch(ExitStatus::rejected)
                || spec.otherReplays().values().stream().flatMap(List::stream).anyMatch(ExitStatus::rejected);
        List<Verdict> verdicts = spec.outcomes().stream().map(Outcome::verdict).toList();
        List<Verdict> differences = !spec.hasRecord() ? List.of()
                : spec.comparison().differences().stream().map(RecordChange::current).toList();
        return of(spec.hasErrors(), verdicts, rejected, spec.hasRecord(), differences);
    }

    /**
     * The rules over plain facts, shared with {@code ptprove merge} (which has JSON, not outcomes).
     *
     * @param differences the current verdict of each new, flipped or gone obligation (null for gone)
     */
    public static ExitStatus of(boolean specError, List<Verdict> verdicts, boolean replayRejected,
                                boolean hasRecord, List<Verdict> differences) {
        ExitStatus s = specError ? SPEC_ERROR : OK;
        if (verdicts.contains(Verdict.ERROR)) s = s.max(INTERNAL);
        // the reference evaluator disagreeing with the solver means one of the two semantics is wrong
        if (replayRejected) s = s.max(INTERNAL);
        if (hasRecord) {
            // Any difference fails; one whose current verdict is unknown fails as the solver giving up.
            for (Verdict current : differences) s = s.max(current == Verdict.UNKNOWN ? UNKNOWN : FAILURE);
        } else {
            for (Verdict v : verdicts) s = s.max(withoutRecord(v));
        }
        return s;
    }

    private static boolean rejected(Replay r) {
        return r.status() == Replay.Status.REJECTED;
    }

    private static ExitStatus withoutRecord(Verdict v) {
        return switch (v) {
            case REFUTED, UNWITNESSED, VACUOUS -> FAILURE;
            case UNKNOWN -> UNKNOWN;
            default -> OK;
        };
    }
}
