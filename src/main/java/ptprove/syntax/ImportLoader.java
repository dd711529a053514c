package ptprove.syntax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.files.FileProblem;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.SpecFile;

/**
 * Stage 1 for a spec with imports: reads and parses a spec and, transitively, every file it imports. Imports
 * must stay inside the spec root after following symlinks: they are resolved relative to the importing file, and
 * an absolute path, a {@code ..} escape or a link out is an error. The spec itself is read inside the root, or
 * outside it only as named (a file given on the command line), never through a link that leads out: neither a
 * spec nor a link in a spec folder can make ptprove read other files. Each file is parsed once; cycles are
 * reported with their path.
 */
public final class ImportLoader {
    private final Path root;
    private final Diagnostics diags;
    private final Map<Path, SpecFile> loaded = new HashMap<>();
    private final List<SpecFile> order = new ArrayList<>();
    private final Set<Path> inProgress = new LinkedHashSet<>();
    private final List<Path> missing = new ArrayList<>();
    private final ParsedFiles parsed;

    /** @param root the spec root; imports may not leave it */
    public ImportLoader(Path root, Diagnostics diags) {
        this(root, diags, new ParsedFiles());
    }

    /** As above, taking trees another spec of the run parsed already from {@code parsed} (and adding its own). */
    public ImportLoader(Path root, Diagnostics diags, ParsedFiles parsed) {
        this.root = realOrAbsolute(root);
        this.diags = diags;
        this.parsed = parsed;
    }

    /**
     * Loads {@code file} (shown as {@code displayPath}) and everything it imports. Returns the files, imports
     * first, or an empty list when the root file itself could not be read or parsed.
     */
    /**
     * Where the imports {@link #load} could not find would be (inside the root): what {@code check --watch} watches
     * for, so a deleted import's return is seen.
     */
    public List<Path> missing() {
        return List.copyOf(missing);
    }

    public List<SpecFile> load(Path file, String displayPath) {
        Path real = realOrAbsolute(file);
        // a spec outside the root is read only as named (e.g. on the command line), never through a link
        if (!real.startsWith(root) && !real.equals(file.toAbsolutePath().normalize())) {
            diags.error(DiagnosticCode.UNREADABLE_FILE, new SourceFile(file, displayPath, "").span(0, 0),
                    "cannot read '" + displayPath + "': a link to a file outside the spec root");
            return List.of();
        }
        SpecFile top = loadFile(real, displayPath, null);
        return top == null ? List.of() : List.copyOf(order);
    }

    private SpecFile loadFile(Path real, String display, Span importedAt) {
        SpecFile done = loaded.get(real);
        if (done != null) return done;
        inProgress.add(real);
        try {
            SourceFile source;
            try {
                source = PtlFrontEnd.read(real, display, diags, importedAt);
            } catch (IOException e) {
                Span at = importedAt != null ? importedAt : new SourceFile(real, display, "").span(0, 0);
                diags.error(DiagnosticCode.UNREADABLE_FILE, at,
                        "cannot read '" + display + "': " + FileProblem.reason(e));
                return null;
            }
            if (source == null) return null;
            SpecFile spec = parsed.parse(real, source, diags);
            if (spec == null) return null;
            for (Decl d : spec.decls()) {
                if (d instanceof Decl.Import imp) importOne(spec, imp);
            }
            loaded.put(real, spec);
            order.add(spec);
            return spec;
        } finally {
            inProgress.remove(real);
        }
    }

    private void importOne(SpecFile from, Decl.Import imp) {
        String text = imp.path();
        Span at = imp.pathSpan();
        Path target;
        try {
            Path rel = Path.of(text);
            if (rel.isAbsolute() || text.startsWith("/") || text.startsWith("\\")) {
                diags.error(DiagnosticCode.IMPORT_OUTSIDE_ROOT, at,
                        "import of an absolute path; imports are relative to the importing file");
                return;
            }
            target = from.source().path().toAbsolutePath().getParent().resolve(rel).normalize();
        } catch (InvalidPathException e) {
            diags.error(DiagnosticCode.IMPORT_NOT_FOUND, at, "'" + text + "' is not a valid path");
            return;
        }
        if (!target.startsWith(root)) {
            diags.error(DiagnosticCode.IMPORT_OUTSIDE_ROOT, at,
                    "import '" + text + "' leaves the spec root (imports must stay below the folder of specs)");
            return;
        }
        if (!Files.isRegularFile(target)) {
            missing.add(target);
            diags.error(DiagnosticCode.IMPORT_NOT_FOUND, at, "imported file '" + text + "' not found"
                    + (Files.isDirectory(target) ? " (it is a directory)" : ""));
            return;
        }
        Path real = realOrAbsolute(target);
        if (!real.startsWith(root)) {
            diags.error(DiagnosticCode.IMPORT_OUTSIDE_ROOT, at,
                    "import '" + text + "' is a link to a file outside the spec root");
            return;
        }
        if (inProgress.contains(real)) {
            StringBuilder cycle = new StringBuilder();
            boolean on = false;
            for (Path p : inProgress) {
                if (p.equals(real)) on = true;
                if (on) cycle.append(root.relativize(p)).append(" -> ");
            }
            cycle.append(root.relativize(real));
            diags.error(DiagnosticCode.IMPORT_CYCLE, at, "import cycle: " + cycle);
            return;
        }
        String display = displayOf(from, text);
        loadFile(real, display, at);
    }

    /** The imported file's path as the user would name it: relative to the importer's displayed folder. */
    private static String displayOf(SpecFile from, String text) {
        String parent = from.source().displayPath();
        int slash = parent.lastIndexOf('/');
        String joined = slash < 0 ? text : parent.substring(0, slash + 1) + text;
        return ptprove.source.Printable.of(Path.of(joined).normalize().toString());
    }

    private static Path realOrAbsolute(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
