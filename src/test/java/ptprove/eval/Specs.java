package ptprove.eval;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ptprove.check.Checker;
import ptprove.pipeline.Compiler;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.syntax.PtlFrontEnd;
import ptprove.syntax.ast.SpecFile;

/** Test helper: specs from text or from src/test/resources/eval, checked, failing the test on any error. */
final class Specs {
    private Specs() {}

    static Program text(String text) {
        Diagnostics diags = new Diagnostics();
        SpecFile f = PtlFrontEnd.parse(new SourceFile(Path.of("inline.ptl"), "inline.ptl", text), diags);
        Program p = f == null ? null : Checker.check(List.of(f), diags);
        return checked(p, diags);
    }

    static Program resource(String name) {
        try {
            Path file = Path.of(Specs.class.getResource("/eval/" + name).toURI());
            Diagnostics diags = new Diagnostics();
            Program p = Compiler.check(file, name, file.getParent(), diags);
            return checked(p, diags);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A spec of the library, e.g. {@code specs/arm64/hotremove.ptl} (tests run in the project directory). */
    static Program library(String path) {
        Path file = Path.of(path);
        Diagnostics diags = new Diagnostics();
        return checked(Compiler.check(file, path, file.getParent(), diags), diags);
    }

    private static Program checked(Program p, Diagnostics diags) {
        if (p == null || diags.hasErrors()) {
            StringBuilder sb = new StringBuilder("spec does not check:\n");
            for (Diagnostic d : diags.sorted()) sb.append(DiagnosticFormatter.format(d));
            fail(sb.toString());
        }
        return p;
    }

    /** An evaluator in the spec's only configuration (or the first one), without var values. */
    static Evaluator eval(Program p) {
        List<Config> configs = ConfigSpace.enumerate(p);
        return new Evaluator(p, configs.isEmpty() ? Config.EMPTY : configs.get(0), Map.of());
    }

    /** A configuration by {@code NAME=value} pairs (numbers, or true/false). */
    static Config config(Program p, String... assignments) {
        List<Config.Entry> entries = new java.util.ArrayList<>();
        for (String a : assignments) {
            String[] kv = a.split("=");
            boolean isBool = kv[1].equals("true") || kv[1].equals("false");
            long v = isBool ? (kv[1].equals("true") ? 1 : 0) : Long.decode(kv[1]);
            entries.add(new Config.Entry(kv[0], v, isBool));
        }
        return new Config(entries);
    }
}
