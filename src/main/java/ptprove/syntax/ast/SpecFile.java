package ptprove.syntax.ast;

import java.util.List;
import ptprove.source.SourceFile;

/** One parsed .ptl file: its declarations in source order. */
public record SpecFile(SourceFile source, List<Decl> decls) {
    public SpecFile { decls = List.copyOf(decls); }
}
