package ptprove.pipeline;

import java.util.List;
import ptprove.bind.TreeBinding;
import ptprove.check.Program;
import ptprove.elaborate.Layout;
import ptprove.ir.Obligation;
import ptprove.source.Diagnostic;

/**
 * A spec after the front end and elaboration: its diagnostics (warnings, or errors that stopped it) and, when
 * it had no errors, its checked program and its obligations or layouts ({@code program} is null otherwise).
 * {@code kernel} is what a kernel tree supplied in place of the spec's bound lets and fns ({@code --kernel}), or
 * null.
 */
public record CompiledSpec(SpecInput input, List<Diagnostic> diagnostics, Program program,
                           List<Obligation> obligations, List<Layout> layouts, TreeBinding kernel) {
    public CompiledSpec {
        diagnostics = List.copyOf(diagnostics);
        obligations = List.copyOf(obligations);
        layouts = List.copyOf(layouts);
    }

    public CompiledSpec(SpecInput input, List<Diagnostic> diagnostics, Program program, List<Obligation> obligations,
                        List<Layout> layouts) {
        this(input, diagnostics, program, obligations, layouts, null);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
