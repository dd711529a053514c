package ptprove.bind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ptprove.check.Program;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.SpecFile;

/** The {@code kernel ...} declarations of a checked spec and its imports, imports first (the include order). */
final class Bindings {
    Decl.KernelVersions versions;
    final List<Decl.KernelConfig> configs = new ArrayList<>();
    final List<Decl.KernelSizeof> sizes = new ArrayList<>();
    final List<Decl.KernelVariable> variables = new ArrayList<>();
    final List<Decl.KernelDefines> defines = new ArrayList<>();

    static Bindings of(Program program) {
        Bindings b = new Bindings();
        for (SpecFile f : program.files()) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.KernelVersions v) b.versions = v;
                else if (d instanceof Decl.KernelConfig c) b.configs.add(c);
                else if (d instanceof Decl.KernelSizeof s) b.sizes.add(s);
                else if (d instanceof Decl.KernelVariable v) b.variables.add(v);
                else if (d instanceof Decl.KernelDefines k) b.defines.add(k);
            }
        }
        return b;
    }

    /** Whether the spec binds any let or fn (a spec without bindings has nothing to compare with a tree). */
    boolean bindsAnything() {
        for (Decl.KernelDefines d : defines) if (!d.names().isEmpty()) return true;
        return false;
    }

    /** The bound files, each once, in binding order: headers are included in this order. */
    List<String> files() {
        Set<String> out = new LinkedHashSet<>();
        for (Decl.KernelDefines d : defines) out.add(d.file());
        return new ArrayList<>(out);
    }
}
