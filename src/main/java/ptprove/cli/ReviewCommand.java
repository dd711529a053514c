package ptprove.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import ptprove.bind.KernelTree;
import ptprove.pipeline.ReviewRun;
import ptprove.pipeline.SpecFinder;
import ptprove.report.ReviewJsonRenderer;
import ptprove.report.ReviewMarkdownRenderer;
import ptprove.report.ReviewTextRenderer;
import ptprove.result.Review;
import ptprove.solve.Budget;
import ptprove.source.DiagnosticFormatter;

/** {@code ptprove review PATCH}: what a kernel patch changes in the layout and in the verdicts, as a reply. */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Review a kernel patch: apply it (git diff or diff -u) to in-memory copies of the files it"
                + " touches (the tree is never written), evaluate the specs against the tree before and after,"
                + " and print a reply: layout values that change per configuration, regions that newly share or"
                + " stop sharing a table page (level and entry), bound functions that change, and verdicts that"
                + " flip, new counterexamples first, each replayed by the reference evaluator."},
        footer = {"", "Exit status:", "  0   no verdict changed", "  1   a verdict changed",
                "  2   usage error (no such patch, spec or tree; the patch does not apply)",
                "  3   error in a spec, or in reading the (patched) tree", "  70  internal error (a bug in ptprove)",
                "", "Examples:", "  ptprove review 0001-arm64-mm.patch --kernel /usr/src/linux-source-6.1",
                "  git format-patch -1 --stdout | ptprove review - --kernel /usr/src/linux-source-6.1"})
final class ReviewCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "PATCH",
            description = "The patch file, or - to read it from standard input (git format-patch -1 --stdout | ...).")
    Path patch;

    @Parameters(index = "1..*", paramLabel = "SPEC", description = "Spec files or folders (default: specs).")
    List<String> specs;

    @Mixin KernelOptions kernel;

    @Override
    int run(Io io) throws IOException {
        KernelOptions.Inputs in;
        KernelTree after;
        try {
            kernel.validate();
            // bytes that are not UTF-8 (a Latin-1 name in a mail header) become U+FFFD: the hunks are what
            // applies, and a hunk line that does not match the tree is reported as such
            String diff = new String(patchBytes(io), StandardCharsets.UTF_8);
            in = kernel.open(specs == null || specs.isEmpty() ? List.of("specs") : specs);
            after = in.tree().withPatch(diff, kernel.kernel + " + " + patchName());
        } catch (SpecFinder.NoSuchSpec | KernelTree.NotATree e) {
            return io.usage(e.getMessage());
        } catch (KernelTree.PatchDoesNotApply e) {
            return io.usage(patch + " does not apply to " + kernel.kernel + ": " + e.getMessage());
        }
        Review.Report report = new ReviewRun(in.tree(), after, patchName(), kernel.jobs(),
                new Budget(0, 0), Version.PTPROVE).run(in.specs());
        report.diagnostics().forEach(d -> io.err().print(DiagnosticFormatter.format(d)));
        io.out().print(kernel.render(report, new ReviewTextRenderer()::render, new ReviewJsonRenderer()::render,
                new ReviewMarkdownRenderer()::render));
        return ReviewTextRenderer.exitCode(report);
    }

    /** A patch of more than this is refused (the kernel's largest merges are a few MiB). */
    private static final int MAX_PATCH_BYTES = 64 << 20;

    private boolean fromStdin() {
        return patch.toString().equals("-");
    }

    private String patchName() {
        return fromStdin() ? "stdin" : patch.getFileName().toString();
    }

    /** The patch's bytes: standard input for {@code -}, else the regular file named. */
    private byte[] patchBytes(Io io) throws IOException, SpecFinder.NoSuchSpec {
        if (fromStdin()) {
            byte[] bytes = io.in().readNBytes(MAX_PATCH_BYTES + 1);
            if (bytes.length > MAX_PATCH_BYTES) throw new SpecFinder.NoSuchSpec("the patch on stdin is over 64 MiB");
            return bytes;
        }
        if (!Files.exists(patch)) throw new SpecFinder.NoSuchSpec("no such patch file: " + patch);
        if (!Files.isRegularFile(patch)) {
            throw new SpecFinder.NoSuchSpec("the patch " + patch + " is not a regular file (a folder, FIFO or"
                    + " device): give - to read it from standard input");
        }
        return Files.readAllBytes(patch);
    }
}
