package ptprove.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.GitRevision;
import ptprove.pipeline.LayoutReports;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;
import ptprove.report.LayoutDiff;
import ptprove.report.LayoutJsonRenderer;
import ptprove.report.LayoutReport;
import ptprove.report.LayoutTextRenderer;

/**
 * {@code ptprove layout}: every constant and region of a spec, per configuration. No solving, except for
 * {@code --ranges} (the values of what depends on a var).
 */
@Command(name = "layout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a spec's address-space layout: every numeric let and region with a value, per"
                + " configuration (those depending on a var by name, or with --ranges from least to greatest)."
                + " Regions that overlap without one containing the other are noted."},
        footer = {"", "Exit status:",
                "  0   printed (with --diff: the layouts are the same)",
                "  1   with --diff: the layouts differ",
                "  2   usage error",
                "  3   error in the spec",
                "  70  internal error (a bug in ptprove)",
                "", "Examples:",
                "  ptprove layout specs/arm64/layout.ptl --sharing --config ERA=614 --config PAGE_SHIFT=12",
                "  ptprove layout specs/arm64/layout.ptl --diff HEAD~1       # what a patch changed",
                "  ptprove layout specs/x86_64/layout.ptl --ranges --config PGTABLE_LEVELS=4  # KASLR bases"})
final class LayoutCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file.")
    String spec;

    @Option(names = "--config", paramLabel = "NAME=VALUE",
            description = "Show only configurations with this param value (repeatable).")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    Renderers.Format format;

    @Option(names = "--sharing", description = "Also list, per configuration and level, the table pages that"
            + " two regions share: the entry above the page (index path from the top) and the span it maps.")
    boolean sharing;

    @Option(names = "--containment", description = "Also note each region that lies within another (the whole"
            + " kernel half holds every region, so these notes are off by default).")
    boolean containment;

    @Option(names = "--ranges", description = "Bound each let and region that depends on a var (a KASLR base):"
            + " its least and greatest value over every value the vars' where-clauses allow, each attained,"
            + " found by the solver (seconds per configuration). With --diff, the ranges are compared.")
    boolean ranges;

    @Option(names = "--diff", paramLabel = "OTHER", description = "Compare with another spec file, or with this"
            + " spec at a git revision (e.g. HEAD~1, main): constants, regions and shared table pages that"
            + " changed, per configuration.")
    String diff;

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Override
    int run(Io io) throws IOException {
        if (format != Renderers.Format.text && format != Renderers.Format.json) {
            return io.usage("layout: --format must be text or json");
        }
        OneSpec.Compiled compiled = OneSpec.compile(io, "layout", spec, root, config, Compiler.Want.LAYOUTS, d -> true);
        if (compiled.exit() != null) return compiled.exit();
        LayoutReport report = LayoutReports.of(compiled.spec(), ranges);
        if (diff != null) return diff(io, compiled.spec(), report);
        io.out().print(format == Renderers.Format.json ? new LayoutJsonRenderer(sharing).render(report)
                : new LayoutTextRenderer(sharing, containment).render(report));
        return ExitCodes.OK;
    }

    /** {@code --diff}: the other side compiled (a spec file, else a revision of this one) and compared. */
    private int diff(Io io, CompiledSpec mine, LayoutReport report) throws IOException {
        SpecInput other;
        Path asFile = Path.of(diff);
        if (Files.isDirectory(asFile)) return io.usage("layout --diff: " + diff + " is a folder, not a spec file");
        if (!Files.exists(asFile) && diff.endsWith(".ptl")) {
            return io.usage("layout --diff: no such spec file: " + diff);
        }
        try {
            other = Files.isRegularFile(Path.of(diff)) ? SpecFinder.findOne(diff, null, "layout --diff")
                    : GitRevision.materialize(mine.input(), diff);
        } catch (SpecFinder.NoSuchSpec | GitRevision.Unavailable e) {
            return io.usage("layout --diff: " + e.getMessage());
        }
        OneSpec.Compiled compiled = OneSpec.compile(io, other, config, Compiler.Want.LAYOUTS, d -> true,
                "layout --diff: " + other.display() + ": ");
        if (compiled.exit() != null) return compiled.exit();
        LayoutDiff d = LayoutDiff.of(LayoutReports.of(compiled.spec(), ranges), report, other.display());
        io.out().print(format == Renderers.Format.json ? d.json() : d.text());
        return d.differs() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
