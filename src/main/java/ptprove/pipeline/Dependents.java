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
        return read(spec).files();
    }

    /**
     * What one load of {@code spec}'s imports found: the files it reads ({@link #files}) and where the imports it
     * could not find would be, inside its root (a deleted import {@code check --watch} must see come back).
     */
    public record Read(List<Path> files, List<Path> missingImports) {}

    public static Read read(SpecInput spec) {
        ImportLoader loader = new ImportLoader(spec.root(), new Diagnostics());
        List<SpecFile> loaded = loader.load(spec.file(), spec.display());
        if (loaded.isEmpty()) return new Read(List.of(spec.file()), loader.missing());
        List<Path> out = new ArrayList<>();
        for (SpecFile f : loaded) if (f.source().path() != null) out.add(f.source().path());
        return new Read(out, loader.missing());
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
