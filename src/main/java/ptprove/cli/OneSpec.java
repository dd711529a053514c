package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import ptprove.elaborate.Configurations;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/**
 * The one spec that {@code layout} (and its {@code --diff}), {@code export-smt}, {@code explain} and
 * {@code reproduce} take: found, compiled for the selected configurations and its diagnostics printed on stderr;
 * or the exit status that says why not (usage error for a missing spec or a bad selection, spec error after its
 * diagnostics).
 */
final class OneSpec {
    /** {@code spec} is null only on a usage error; {@code exit} is null when the spec compiled without errors. */
    record Compiled(CompiledSpec spec, Integer exit) {}

    private OneSpec() {}

    static Compiled compile(Io io, String command, String spec, Path root, Map<String, String> config,
                            Compiler.Want want, Predicate<Diagnostic> shown) throws IOException {
        SpecInput input;
        try {
            input = SpecFinder.findOne(spec, root, command);
        } catch (SpecFinder.NoSuchSpec e) {
            return new Compiled(null, io.usage(e.getMessage()));
        }
        return compile(io, input, config, want, shown, "");
    }

    /**
     * A spec already found (such as the other side of {@code layout --diff}), compiled and its {@code shown}
     * diagnostics printed; a bad selection is a usage error, its message after {@code context}.
     */
    static Compiled compile(Io io, SpecInput input, Map<String, String> config, Compiler.Want want,
                            Predicate<Diagnostic> shown, String context) {
        CompiledSpec c;
        try {
            c = Compiler.compile(input, new Configurations.Selection(config), want);
        } catch (Configurations.BadSelection e) {
            return new Compiled(null, io.usage(context + e.getMessage()));
        }
        for (Diagnostic d : c.diagnostics()) if (shown.test(d)) io.err().print(DiagnosticFormatter.format(d));
        return new Compiled(c, c.hasErrors() ? ExitCodes.SPEC_ERROR : null);
    }
}
