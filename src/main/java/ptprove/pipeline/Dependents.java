package ptprove.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ptprove.syntax.ImportLoader;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.SpecFile;

/**
 * Which specs a change to some files affects: a spec is affected by a file when it is that file or imports it,
 * directly or through other imports ({@code ptprove deps}, {@code check --affected-by}). Only the import graph is
 * read (each spec parsed, nothing checked), so a spec with errors elsewhere still counts by what it does import.
 */
public final class Dependents {
    private Dependents() {}

    /** The {@code specs} that are, or import, one of {@code changed}; in the order given. */
    public static List<SpecInput> affected(List<SpecInput> specs, List<Path> changed) {
        Set<Path> targets = new HashSet<>();
        for (Path p : changed) targets.add(real(p));
        List<SpecInput> out = new ArrayList<>();
        for (SpecInput in : specs) {
            if (targets.contains(real(in.file()))) {
                out.add(in);
                continue;
            }
            for (Path f : files(in)) {
                if (targets.contains(real(f))) {
                    out.add(in);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The files {@code spec} reads: its imports, directly or not (as far as they parse), then itself; only itself
     * when it cannot be read or parsed.
     */
    public static List<Path> files(SpecInput spec) {
        List<SpecFile> loaded = new ImportLoader(spec.root(), new Diagnostics()).load(spec.file(), spec.display());
        if (loaded.isEmpty()) return List.of(spec.file());
        List<Path> out = new ArrayList<>();
        for (SpecFile f : loaded) if (f.source().path() != null) out.add(f.source().path());
        return out;
    }

    /**
     * Where the imports of {@code spec} (directly or not) that do not resolve to a file would be, inside its root:
     * a deleted import that {@code check --watch} must notice coming back.
     */
    public static List<Path> missingImports(SpecInput spec) {
        Path root = spec.root().toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        for (SpecFile f : new ImportLoader(spec.root(), new Diagnostics()).load(spec.file(), spec.display())) {
            if (f.source().path() == null) continue;
            Path dir = f.source().path().toAbsolutePath().getParent();
            for (ptprove.syntax.ast.Decl d : f.decls()) {
                if (!(d instanceof ptprove.syntax.ast.Decl.Import imp)) continue;
                try {
                    Path target = dir.resolve(imp.path()).normalize();
                    if (target.startsWith(root) && !java.nio.file.Files.isRegularFile(target)) out.add(target);
                } catch (java.nio.file.InvalidPathException e) {
                    // not a path: the check reports it, and there is nothing to watch for
                }
            }
        }
        return out;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
