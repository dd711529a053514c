package ptprove;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ptprove.pipeline.Compiler;
import ptprove.check.Program;
import ptprove.elaborate.Configurations;
import ptprove.elaborate.Elaborator;
import ptprove.ir.Obligation;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;
import ptprove.source.Diagnostics;

/** Test fixture: writes spec text to a temporary folder and runs the front end on it. */
public final class TestSpecs {
    private TestSpecs() {}

    public record Checked(Program program, Diagnostics diagnostics, Path file) {
        public String rendered() {
            StringBuilder b = new StringBuilder();
            for (Diagnostic d : diagnostics.sorted()) b.append(DiagnosticFormatter.format(d));
            return b.toString();
        }

        public List<String> codes() {
            return diagnostics.sorted().stream().map(d -> d.code().id() + "@" + d.span().line() + ":" + d.span().column()).toList();
        }
    }

    /** Writes {@code files} (name to text; the first is the spec checked) into a fresh folder and checks it. */
    public static Checked check(Map<String, String> files) {
        try {
            Path dir = Files.createTempDirectory("ptl");
            Path first = null;
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
                if (first == null) first = p;
            }
            Diagnostics d = new Diagnostics();
            Program program = Compiler.check(first, first.getFileName().toString(), dir, d);
            return new Checked(program, d, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Checked check(String text) {
        return check(Map.of("spec.ptl", text));
    }

    /** Checks and elaborates; fails the test with the rendered diagnostics if there were errors. */
    public static List<Obligation> obligations(String text) {
        Checked c = check(text);
        if (c.program() == null) throw new AssertionError("spec has errors:\n" + c.rendered());
        Diagnostics d = new Diagnostics();
        try {
            List<Obligation> obs = Elaborator.obligations(c.program(), "spec.ptl", Configurations.Selection.ALL, d);
            if (d.hasErrors()) throw new AssertionError("elaboration errors:\n" + d.sorted());
            return obs;
        } catch (Configurations.BadSelection e) {
            throw new AssertionError(e);
        }
    }
}
