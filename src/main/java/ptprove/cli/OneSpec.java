package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import ptprove.elaborate.Configurations;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/**
 * The one spec that {@code layout}, {@code export-smt}, {@code explain} and {@code reproduce} take: found,
 * compiled for the selected configurations and its diagnostics printed on stderr; or the exit status that says
 * why not (usage error for a missing spec or a bad selection, spec error after its diagnostics).
 */
final class OneSpec {
    /** {@code spec} is null only on a usage error; {@code exit} is null when the spec compiled without errors. */
    record Compiled(CompiledSpec spec, Integer exit) {}

    private OneSpec() {}

    static Compiled compile(Io io, String command, String spec, Path root, Map<String, String> config,
                            Compiler.Want want, Predicate<Diagnostic> shown) throws IOException {
        CompiledSpec c;
        try {
            c = Compiler.compile(SpecFinder.findOne(spec, root, command), new Configurations.Selection(config), want);
        } catch (SpecFinder.NoSuchSpec | Configurations.BadSelection e) {
            return new Compiled(null, io.usage(e.getMessage()));
        }
        for (Diagnostic d : c.diagnostics()) if (shown.test(d)) io.err().print(DiagnosticFormatter.format(d));
        return new Compiled(c, c.hasErrors() ? ExitCodes.SPEC_ERROR : null);
    }
}
