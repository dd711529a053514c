package ptprove.syntax;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ptprove.source.Diagnostic;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.syntax.ast.SpecFile;

/**
 * Parse trees shared by the specs of one run: a file imported by several specs (a layout, a geometry) is parsed
 * once, not once per spec that imports it. A file is still read every time; its tree is reused only when it is the
 * same file (real path), shown the same way, with the same text. ASTs are immutable records, so two checked
 * programs may hold the same one. Files with syntax errors are not kept (their diagnostics name the importer).
 */
public final class ParsedFiles {
    private record Parsed(String display, String text, SpecFile spec, List<Diagnostic> diagnostics) {}

    private final Map<Path, Parsed> byPath = new ConcurrentHashMap<>();

    /** Parses nothing twice. */
    public ParsedFiles() {}

    /** The tree of {@code source} (read from {@code real}), reporting its parse diagnostics into {@code diags}. */
    SpecFile parse(Path real, SourceFile source, Diagnostics diags) {
        Parsed p = byPath.get(real);
        if (p != null && p.display.equals(source.displayPath()) && p.text.equals(source.text())) {
            p.diagnostics.forEach(diags::add);
            return p.spec;
        }
        Diagnostics own = new Diagnostics();
        SpecFile spec = PtlFrontEnd.parse(source, own);
        List<Diagnostic> found = own.sorted();
        found.forEach(diags::add);
        if (spec != null && !own.hasErrors()) byPath.put(real, new Parsed(source.displayPath(), source.text(), spec, found));
        return spec;
    }
}
