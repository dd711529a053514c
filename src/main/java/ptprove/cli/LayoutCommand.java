package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ptprove.elaborate.Layout;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.report.LayoutJsonRenderer;
import ptprove.report.LayoutReport;
import ptprove.report.LayoutTextRenderer;

/** {@code ptprove layout}: every constant and region of a spec, per configuration. No solving. */
@Command(name = "layout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a spec's address-space layout: every numeric let and region with a value, per"
                + " configuration (those depending on a var by name)."},
        footer = {"", ExitCodes.HELP})
final class LayoutCommand implements Callable<Integer> {
    @ParentCommand TopCommand parent;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file.")
    String spec;

    @Option(names = "--config", paramLabel = "NAME=VALUE",
            description = "Show only configurations with this param value (repeatable).")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Renderers.Format format;

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Override
    public Integer call() throws IOException {
        Io io = parent.io();
        OneSpec.Compiled compiled = OneSpec.compile(io, "layout", spec, root, config, Compiler.Want.LAYOUTS, d -> true);
        if (compiled.exit() != null) return compiled.exit();
        CompiledSpec c = compiled.spec();
        List<LayoutReport.Layout> layouts = new ArrayList<>();
        for (Layout l : c.layouts()) {
            List<LayoutReport.Constant> constants = new ArrayList<>();
            for (Layout.Constant k : l.constants()) constants.add(new LayoutReport.Constant(k.name(), k.value()));
            List<LayoutReport.Region> regions = new ArrayList<>();
            for (Layout.Region r : l.regions()) {
                regions.add(new LayoutReport.Region(r.name(), r.start(), r.end(), r.permanent()));
            }
            layouts.add(new LayoutReport.Layout(l.config(), constants, regions, l.symbolic()));
        }
        LayoutReport report = new LayoutReport(c.input().display(), c.program().width(), layouts);
        io.out().print(format == Renderers.Format.json ? new LayoutJsonRenderer().render(report)
                : new LayoutTextRenderer().render(report));
        return ExitCodes.OK;
    }
}
