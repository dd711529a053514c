package ptprove.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.ProofRecordException;
import ptprove.proofs.ProofRecordFiles;
import ptprove.proofs.RecordDiff;
import ptprove.report.RecordDiffRenderer;

/** {@code ptprove diff}: what changed between two sets of proof records, as a list of verdict changes. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare proof records: OLD and NEW are two record files, or two folders of them (compared"
                + " file by file, by path below the folder). Lists every obligation whose verdict flipped, that is"
                + " new or that is gone, and counts the changed fingerprints; --format json gives every change,"
                + " fingerprints included, in the shape of check's JSON 'changes'. Nothing is solved."},
        footer = {"", "Exit status:",
                "  0   no verdict changed",
                "  1   some verdict changed (new, gone or flipped obligations)",
                "  2   usage error (missing file, malformed record)",
                "  74  a record cannot be read (not UTF-8, a device, permission denied)",
                "", "Examples:",
                "  git worktree add /tmp/base HEAD && ptprove diff /tmp/base/proofs proofs",
                "  ptprove diff <(git show HEAD:proofs/arm64/layout.proof) proofs/arm64/layout.proof",
                "  ptprove diff --format json old.proof proofs/arm64/layout.proof"})
final class DiffCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "OLD", description = "A proof record, or a folder of them.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "A proof record, or a folder of them.")
    Path after;

    @Mixin TextOrJson format;

    @Override
    int run(Io io) throws IOException {
        String badFormat = format.problem("diff: ");
        if (badFormat != null) return io.usage(badFormat);
        for (Path p : List.of(before, after)) {
            if (!Files.exists(p)) return io.usage("diff: no such record file or folder: " + p);
        }
        boolean folders = Files.isDirectory(before) && Files.isDirectory(after);
        // a file may be a pipe (ptprove diff <(git show HEAD:proofs/x.proof) proofs/x.proof): any readable non-folder
        boolean files = Files.isReadable(before) && !Files.isDirectory(before)
                && Files.isReadable(after) && !Files.isDirectory(after);
        if (!folders && !files) {
            return io.usage("diff: OLD and NEW must both be record files or both folders: "
                    + before + ", " + after);
        }
        List<RecordDiffRenderer.SpecChanges> specs = new ArrayList<>();
        try {
            for (Path rel : folders ? relativeRecords() : List.of(Path.of(""))) {
                ProofRecord old = folders ? read(before, before.resolve(rel.toString())) : named(before);
                ProofRecord now = folders ? read(after, after.resolve(rel.toString())) : named(after);
                String spec = now != null && !now.spec().isEmpty() ? now.spec()
                        : old != null && !old.spec().isEmpty() ? old.spec() : after.resolve(rel.toString()).toString();
                specs.add(new RecordDiffRenderer.SpecChanges(spec, RecordDiff.between(old, now)));
            }
        } catch (ProofRecordException e) {
            return io.usage("diff: " + e.getMessage());
        }
        io.out().print(format.json() ? RecordDiffRenderer.json(specs) : RecordDiffRenderer.text(specs));
        boolean changed = specs.stream().flatMap(s -> s.changes().stream()).anyMatch(c -> c.isDifference());
        return changed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** Every record path below either folder, sorted. */
    private List<Path> relativeRecords() throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (Path folder : List.of(before, after)) {
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(ProofRecordFiles.RECORD_SUFFIX))
                        .forEach(p -> out.add(folder.relativize(p)));
            }
        }
        return new ArrayList<>(out);
    }

    /** A record file named on the command line (a pipe too). */
    private static ProofRecord named(Path file) throws ProofRecordException, IOException {
        return ProofRecordFiles.readNamed(file);
    }

    /** The record at {@code file} inside {@code folder} (never through a link out of it), or null. */
    private static ProofRecord read(Path folder, Path file) throws ProofRecordException, IOException {
        return ProofRecordFiles.readIfPresent(folder, file).orElse(null);
    }
}
