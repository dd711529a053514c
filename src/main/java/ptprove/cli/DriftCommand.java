package ptprove.cli;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import ptprove.bind.KernelTree;
import ptprove.pipeline.DriftRun;
import ptprove.pipeline.SpecFinder;
import ptprove.report.DriftJsonRenderer;
import ptprove.report.DriftMarkdownRenderer;
import ptprove.report.DriftTextRenderer;
import ptprove.result.Drift;
import ptprove.solve.Budget;
import ptprove.source.DiagnosticFormatter;

/** {@code ptprove drift}: where specs and a kernel tree disagree, value by value and function by function. */
@Command(name = "drift", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare specs with a Linux tree: every let bound to a kernel macro, beside the macro's"
                + " value, in every configuration the tree's release stands for; every fn bound to a C function,"
                + " proved equivalent for all inputs or shown a distinguishing input."},
        footer = {"", "Exit status:", "  0   nothing drifted", "  1   a value or a function drifted",
                "  2   usage error (no such spec or tree)", "  3   error in a spec, or in reading the tree",
                "  4   the solver gave up on an equivalence", "  70  internal error (a bug in ptprove)",
                "", "Example: ptprove drift specs/arm64/layout.ptl --kernel /usr/src/linux-source-6.1"})
final class DriftCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "Spec files, or folders searched for *.ptl.")
    List<String> paths;

    @Mixin KernelOptions kernel;

    @Override
    int run(Io io) throws IOException {
        KernelOptions.Inputs in;
        try {
            kernel.validate();
            in = kernel.open(paths);
        } catch (SpecFinder.NoSuchSpec | KernelTree.NotATree e) {
            return io.usage(e.getMessage());
        }
        Drift.Report report = new DriftRun(in.tree(), kernel.jobs(), new Budget(0, 0), Version.PTPROVE).run(in.specs());
        for (Drift.Spec s : report.specs()) s.diagnostics().forEach(d -> io.err().print(DiagnosticFormatter.format(d)));
        io.out().print(kernel.render(report, new DriftTextRenderer()::render, new DriftJsonRenderer()::render,
                new DriftMarkdownRenderer()::render));
        return DriftTextRenderer.exitCode(report);
    }
}
