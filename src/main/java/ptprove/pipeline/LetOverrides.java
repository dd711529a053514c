package ptprove.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.syntax.PtlFrontEnd;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.SpecFile;

/**
 * {@code --set NAME=EXPR}: a what-if run in which the {@code let NAME} of a spec (or of a file it imports) has
 * another definition. The new definition is parsed as the spec language parses a let, then put in place of the
 * old one before checking, so the checker, the elaborator and the reference evaluator all see the same spec;
 * a problem in it is reported at the override ({@code --set NAME:1:col}). Nothing else changes: not the
 * files, not the records (a run with overrides may not record).
 */
public final class LetOverrides {
    public static final LetOverrides NONE = new LetOverrides(Map.of());

    private final Map<String, String> values;

    /** @param values NAME to EXPR, in the order given */
    public LetOverrides(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() { return values.isEmpty(); }

    public Map<String, String> values() { return values; }

    /** {@code NAME=EXPR; NAME2=EXPR2}: how reports show the overrides. */
    @Override public String toString() {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + v.strip()));
        return String.join("; ", parts);
    }

    /**
     * The files with each overridden let redefined; a file without one of the lets is left as it is (the check
     * run refuses a name that no spec defines).
     */
    List<SpecFile> apply(List<SpecFile> files, Diagnostics diags) {
        if (values.isEmpty()) return files;
        Map<String, Decl.Let> replacements = new LinkedHashMap<>();
        values.forEach((name, expr) -> {
            Decl.Let let = parse(name, expr, diags);
            if (let != null) replacements.put(name, let);
        });
        Set<String> used = new LinkedHashSet<>();
        List<SpecFile> out = new ArrayList<>();
        for (SpecFile f : files) {
            List<Decl> decls = new ArrayList<>();
            for (Decl d : f.decls()) {
                Decl.Let with = d instanceof Decl.Let l ? replacements.get(l.name().text()) : null;
                if (with != null && used.add(with.name().text())) {
                    Decl.Let l = (Decl.Let) d;
                    decls.add(new Decl.Let(l.span(), l.name(), with.value())); // the spec's name, the new value
                } else {
                    decls.add(d);
                }
            }
            out.add(new SpecFile(f.source(), decls));
        }
        return out;
    }

    /** {@code let NAME = EXPR;} parsed from a source of its own named after the option. */
    private static Decl.Let parse(String name, String expr, Diagnostics diags) {
        SourceFile src = new SourceFile(null, "--set " + name, "let " + name + " = " + expr.strip() + ";\n");
        SpecFile parsed = PtlFrontEnd.parse(src, diags);
        if (parsed == null || parsed.decls().size() != 1 || !(parsed.decls().get(0) instanceof Decl.Let l)) {
            if (parsed != null) {
                diags.error(DiagnosticCode.SYNTAX, src.span(0, src.text().length() - 1),
                        "--set " + name + ": expected one expression");
            }
            return null;
        }
        return l;
    }
}
