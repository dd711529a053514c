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
            for (SpecFile f : new ImportLoader(in.root(), new Diagnostics()).load(in.file(), in.display())) {
                if (f.source().path() != null && targets.contains(real(f.source().path()))) {
                    out.add(in);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The files {@code spec} reads: itself and its imports, directly or not (as far as they parse), so that a
     * watcher knows which folders to look at.
     */
    public static List<Path> files(SpecInput spec) {
        List<Path> out = new ArrayList<>();
        out.add(spec.file());
        for (SpecFile f : new ImportLoader(spec.root(), new Diagnostics()).load(spec.file(), spec.display())) {
            if (f.source().path() != null) out.add(f.source().path());
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
