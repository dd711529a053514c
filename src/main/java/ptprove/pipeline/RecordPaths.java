package ptprove.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.proofs.ProofRecordFiles;
import ptprove.source.Printable;

/**
 * Where each spec's proof record lives, refusing two different spec files that would share one: a spec outside
 * its root is recorded by its file name alone, so {@code check --record a/x.ptl b/x.ptl} would write both to
 * {@code proofs/x.proof} and the second would silently replace the first (and a check would compare each with
 * the other's verdicts). The same file named twice is not a conflict.
 */
final class RecordPaths {
    private RecordPaths() {}

    static Path of(Path proofs, SpecInput in) {
        return ProofRecordFiles.recordPath(proofs, in.relative());
    }

    /** @throws CheckRun.Refused naming both specs and the record they would share */
    static void requireDistinct(Path proofs, List<CompiledSpec> specs) throws CheckRun.Refused {
        Map<Path, SpecInput> owner = new LinkedHashMap<>();
        for (CompiledSpec c : specs) {
            SpecInput in = c.input();
            Path record = of(proofs, in).toAbsolutePath().normalize();
            SpecInput before = owner.putIfAbsent(record, in);
            if (before != null && !before.file().equals(in.file())) {
                throw new CheckRun.Refused(before.display() + " and " + in.display() + " would share the proof record "
                        + Printable.of(of(proofs, in).toString()) + " (specs outside the spec root are recorded by"
                        + " file name alone); give --root a folder that holds both");
            }
        }
    }
}
