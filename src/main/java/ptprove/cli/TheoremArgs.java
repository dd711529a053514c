package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.check.Suggest;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecInput;
import ptprove.pipeline.TheoremFilter;
import ptprove.source.DiagnosticCode;
import ptprove.syntax.ast.Decl;

/**
 * The {@code SPEC THEOREM [--config ...]} arguments that explain and reproduce share: the spec compiled (its
 * diagnostics printed) and the theorem (or, for explain, the theorems a glob names) looked up, or the exit status
 * that says why not.
 */
final class TheoremArgs {
    /** The compiled spec and the named theorem; {@code exit} is null when both are there. */
    record Found(CompiledSpec spec, Decl.Property theorem, Integer exit) {}

    /** The compiled spec and the theorems a glob names; {@code exit} is null when there is at least one. */
    record FoundAll(CompiledSpec spec, List<Decl.Property> theorems, Integer exit) {}

    private TheoremArgs() {}

    static Found find(Io io, String command, String spec, String name, Path root, Map<String, String> config)
            throws IOException {
        // that other properties apply to no selected configuration is noise here; for this one, an error below
        OneSpec.Compiled compiled = OneSpec.compile(io, command, spec, root, config, Compiler.Want.OBLIGATIONS,
                d -> d.code() != DiagnosticCode.NO_SUCH_CONFIGURATION);
        CompiledSpec c = compiled.spec();
        if (compiled.exit() != null) return new Found(c, null, compiled.exit());
        SpecInput input = c.input();
        List<String> theorems = new ArrayList<>();
        for (Decl.Property p : c.program().properties()) {
            if (!p.name().text().equals(name)) {
                if (p.kind() == Decl.PropertyKind.THEOREM) theorems.add(p.name().text());
                continue;
            }
            if (p.kind() != Decl.PropertyKind.THEOREM) {
                return fail(io, "'" + name + "' in " + input.display() + " is an example, not a theorem; "
                        + command + " takes theorems");
            }
            if (c.obligations().stream().noneMatch(o -> o.name().equals(name))) {
                return fail(io, "theorem '" + name + "' applies to no selected configuration");
            }
            return new Found(c, p, null);
        }
        String hint = Suggest.closest(name, theorems);
        return fail(io, input.display() + " has no theorem '" + name + "'"
                + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
    }

    /**
     * Like {@link #find}, for every theorem whose name matches {@code glob} ({@link TheoremFilter}) and applies to
     * some selected configuration. A plain name is a glob that matches itself, with find's messages.
     */
    static FoundAll findAll(Io io, String command, String spec, String glob, Path root, Map<String, String> config)
            throws IOException {
        if (!glob.matches(".*[*?\\[].*")) {
            Found one = find(io, command, spec, glob, root, config);
            return new FoundAll(one.spec(), one.theorem() == null ? List.of() : List.of(one.theorem()), one.exit());
        }
        OneSpec.Compiled compiled = OneSpec.compile(io, command, spec, root, config, Compiler.Want.OBLIGATIONS,
                d -> d.code() != DiagnosticCode.NO_SUCH_CONFIGURATION);
        CompiledSpec c = compiled.spec();
        if (compiled.exit() != null) return new FoundAll(c, List.of(), compiled.exit());
        TheoremFilter filter = new TheoremFilter(List.of(glob));
        List<Decl.Property> found = new ArrayList<>();
        for (Decl.Property p : c.program().properties()) {
            String name = p.name().text();
            if (p.kind() == Decl.PropertyKind.THEOREM && filter.matches(name)
                    && c.obligations().stream().anyMatch(o -> o.name().equals(name))) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            return new FoundAll(null, List.of(), io.usage("'" + glob + "' matches no theorem of "
                    + c.input().display() + " that applies to a selected configuration"));
        }
        return new FoundAll(c, found, null);
    }

    private static Found fail(Io io, String message) {
        return new Found(null, null, io.usage(message));
    }
}
