package ptprove.kernel;

import java.util.List;
import ptprove.source.DiagnosticCode;
import ptprove.source.SourceFile;
import ptprove.source.Span;

/** One bound macro in one configuration: found, expanded, parsed and evaluated, or a problem saying why not. */
final class MacroValues {
    private static final int SHOWN = 160;

    private MacroValues() {}

    static KernelValue evaluate(KernelRequest.Wanted w, MacroTable table, CEvaluator eval, TreeFiles files,
                                KernelProblems problems, String config) {
        MacroDefinition def = table.definition(w.name());
        if (def == null) {
            problems.add(DiagnosticCode.KERNEL_MACRO_UNDEFINED, w.site(), "macro " + w.name() + " is not defined by "
                    + w.file() + " or the headers it includes", config);
            return null;
        }
        SourceFile f = def.file().startsWith("<") ? null : files.source(def.file());
        Span at = f == null ? w.site() : Spans.define(f, def.line(), w.name());
        if (def.isFunctionLike()) {
            problems.add(DiagnosticCode.KERNEL_NOT_CONSTANT, at, w.name() + " is a function-like macro; bind it"
                    + " with 'defines fn " + w.name() + "' to a fn, not to a let", config);
            return null;
        }
        List<CToken> tokens;
        try {
            tokens = table.expand(w.name(), at.start(), at.end());
        } catch (CProblem p) {
            problems.add(DiagnosticCode.KERNEL_NOT_CONSTANT, at, p.getMessage(), config);
            return null;
        }
        try {
            CValue v = eval.eval(CParser.parseWhole(tokens));
            return new KernelValue(w.name(), v.asUnsignedLong(), def.file(), def.line(), at);
        } catch (CProblem p) {
            problems.add(DiagnosticCode.KERNEL_NOT_CONSTANT, at, w.name() + ": " + p.getMessage().replaceAll("\\d+", "N"),
                    w.name() + " expands to '" + shown(tokens) + "': " + p.getMessage(), config);
            return null;
        }
    }

    /** The expansion as text, shortened for a message. */
    private static String shown(List<CToken> tokens) {
        StringBuilder b = new StringBuilder();
        for (CToken t : tokens) {
            if (t.kind() == CToken.Kind.EOF) break;
            if (b.length() > 0 && needsSpace(b.charAt(b.length() - 1), t.text().charAt(0))) b.append(' ');
            b.append(t.text());
        }
        return b.length() <= SHOWN ? b.toString() : b.substring(0, SHOWN) + " ...";
    }

    private static boolean needsSpace(char before, char next) {
        boolean w1 = Character.isLetterOrDigit(before) || before == '_';
        boolean w2 = Character.isLetterOrDigit(next) || next == '_';
        return w1 && w2;
    }
}
