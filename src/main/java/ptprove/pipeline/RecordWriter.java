package ptprove.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.ProofRecordFiles;
import ptprove.proofs.RecordComparison;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * When and how {@code check --record} writes a spec's proof record. A record says what holds, so it is written
 * only from definite verdicts this run's solver produced (the run reads no cached answer when recording, see
 * {@link CheckSettings#openCache}): never when an obligation of the spec is {@code unknown} (a budget ran out,
 * or the run was interrupted) or {@code error}, never after a signal, and each record whole or not at all
 * ({@link Interruption#commit}, {@link ProofRecordFiles#write}).
 */
final class RecordWriter {
    private static final String INTERRUPTED = "the run was interrupted";

    private final Interruption interruption;
    private final List<CheckRun.Unwritten> unwritten = new ArrayList<>();

    RecordWriter(Interruption interruption) {
        this.interruption = interruption;
    }

    /**
     * Writes {@code outcomes} (one spec's, all of them) to {@code file} when they may be recorded, and returns
     * the comparison the report shows: the run against the record it wrote, or against the one it would have.
     */
    RecordComparison write(String spec, Path file, List<Outcome> outcomes) throws IOException {
        ProofRecord record = ProofRecord.of(spec, outcomes);
        String why = interruption.interrupted() ? INTERRUPTED : reasonNotToWrite(outcomes);
        if (why == null && !interruption.commit(() -> ProofRecordFiles.write(file, record))) why = INTERRUPTED;
        if (why != null) unwritten.add(new CheckRun.Unwritten(spec, file, why));
        return RecordComparison.compare(record, outcomes);
    }

    /** The specs whose records were not written, in order. */
    List<CheckRun.Unwritten> unwritten() {
        return List.copyOf(unwritten);
    }

    private static String reasonNotToWrite(List<Outcome> outcomes) {
        long unknown = outcomes.stream().filter(o -> o.verdict() == Verdict.UNKNOWN).count();
        long error = outcomes.stream().filter(o -> o.verdict() == Verdict.ERROR).count();
        if (unknown == 0 && error == 0) return null;
        List<String> parts = new ArrayList<>();
        if (unknown > 0) parts.add(unknown + " obligation" + (unknown == 1 ? " is" : "s are") + " unknown");
        if (error > 0) parts.add(error + " obligation" + (error == 1 ? " is" : "s are") + " error");
        return String.join(" and ", parts) + "; a record holds definite verdicts only";
    }
}
