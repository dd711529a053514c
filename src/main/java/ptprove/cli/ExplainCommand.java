package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ptprove.elaborate.Configurations;
import ptprove.report.ExplainJsonRenderer;
import ptprove.report.ExplainTextRenderer;
import ptprove.pipeline.ExplainRun;
import ptprove.result.Explained;
import ptprove.result.Explanation;
import ptprove.result.Verdict;
import ptprove.solve.Budget;

/** {@code ptprove explain}: the spec lines a proved theorem rests on, per configuration. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Explain a proof: the spec lines a proved theorem rests on.",
                "", "Minimal unsat cores over the where conjuncts, binder domains, fn statements and teardown"
                + " guards the theorem uses, one per goal (as check splits it), united: with these lines kept it"
                + " holds whatever else is deleted, and each is needed by some goal's core. Each is shown with its source lines and whether deleting it alone"
                + " (all else kept) gives a counterexample; the other lines are listed as not needed. Every"
                + " configuration selected by --config is explained in turn."},
        footer = {"", "Exit status:",
                "  0   proved (and explained) in every selected configuration",
                "  1   refuted or vacuous in some configuration (nothing to explain; see check,",
                "      reproduce)",
                "  2   usage error (unknown spec, theorem or --config value)",
                "  3   error in the spec",
                "  4   the solver gave up (unknown)",
                "  70  internal error (a bug in ptprove)", ExitCodes.IO_HELP,
                "", "Example: ptprove explain specs/arm64/hotremove.ptl vmemmap_free_spares_vmalloc \\",
                "           --config ERA=504 --config PAGE_SHIFT=12 --config VA_BITS=48"})
final class ExplainCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file.")
    String spec;

    @Parameters(index = "1", paramLabel = "THEOREM", description = "The theorem to explain, or a glob naming"
            + " several (* ? [..] as in a shell; quote it), e.g. 'memory_rst_*'.")
    String theorem;

    @Option(names = "--config", paramLabel = "NAME=VALUE",
            description = "Explain only configurations with this param value (repeatable).")
    Map<String, String> config = new LinkedHashMap<>();

    @Mixin TextOrJson format;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "0",
            description = "Wall-clock budget per solver call; 0 = none (default).")
    long timeoutMs;

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Override
    int run(Io io) throws IOException {
        String badFormat = format.problem("");
        if (badFormat != null) return io.usage(badFormat);
        if (timeoutMs < 0) return io.usage("--timeout-ms must not be negative");
        TheoremArgs.FoundAll found = TheoremArgs.findAll(io, "explain", spec, theorem, root, config);
        if (found.exit() != null) return found.exit();
        List<Explained> out = ExplainRun.run(found.spec(), found.theorems(), new Configurations.Selection(config),
                Budget.timeout(timeoutMs));
        String display = found.spec().input().display();
        io.out().print(format.json() ? new ExplainJsonRenderer().render(display, theorem, out)
                : new ExplainTextRenderer().render(display, out));
        return exit(out.stream().map(Explained::explanation).toList());
    }

    /** A bug outranks a refutation, which outranks the solver giving up. */
    private static int exit(List<Explanation> out) {
        boolean failed = false, unknown = false;
        for (Explanation e : out) {
            if (e.verdict() == Verdict.ERROR) return ExitCodes.INTERNAL;
            failed |= e.verdict() == Verdict.REFUTED || e.verdict() == Verdict.VACUOUS;
            unknown |= e.verdict() == Verdict.UNKNOWN;
        }
        return failed ? ExitCodes.FAILED : unknown ? ExitCodes.UNKNOWN : ExitCodes.OK;
    }
}
