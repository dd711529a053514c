package ptprove.elaborate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * Enumerates configurations: the product of the params' domains (first param outermost, each in its declared
 * order), keeping those that satisfy every require and match the user's {@code --config} selection.
 */
public final class Configurations {
    private Configurations() {}

    /** A user's selection, {@code NAME -> value text} as given on the command line. */
    public record Selection(Map<String, String> values) {
        public static final Selection ALL = new Selection(Map.of());
    }

    /** Thrown for a selection naming an unknown param or a value outside its domain: a usage error. */
    public static final class BadSelection extends Exception {
        private final boolean unknownParam;

        public BadSelection(String message, boolean unknownParam) {
            super(message);
            this.unknownParam = unknownParam;
        }

        /** The spec has no param of that name (as opposed to a value outside a param's domain). */
        public boolean unknownParam() { return unknownParam; }
    }

    static List<Config> enumerate(Program program, Selection selection, Diagnostics diags) throws BadSelection {
        List<Decl.Param> params = program.params();
        List<List<Term>> domains = new ArrayList<>();
        Translator literal = new Translator(program, new ConfigContext(program, Config.EMPTY, null), null);
        for (Decl.Param p : params) {
            List<Term> values = new ArrayList<>();
            for (Expr e : p.domain()) {
                Term t = literal.term(e, Map.of());
                if (values.stream().noneMatch(v -> sameConst(v, t))) values.add(t);
            }
            domains.add(values);
        }
        Map<String, Long> wanted = parseSelection(program, selection, domains);

        List<Config> out = new ArrayList<>();
        int[] idx = new int[params.size()];
        boolean anyUnfiltered = false;
        while (true) {
            List<Config.Entry> entries = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                Term t = domains.get(i).get(idx[i]);
                boolean isBool = t.isBool();
                long v = isBool ? (Terms.boolValue(t) ? 1 : 0) : Terms.value(t);
                entries.add(new Config.Entry(params.get(i).name().text(), v, isBool));
            }
            Config c = new Config(entries);
            if (satisfiesRequires(program, c)) {
                anyUnfiltered = true;
                if (matches(c, wanted)) out.add(c);
            }
            int k = params.size() - 1;
            while (k >= 0 && ++idx[k] == domains.get(k).size()) idx[k--] = 0;
            if (k < 0) break;
        }
        if (anyUnfiltered && out.isEmpty()) {
            List<String> sel = new ArrayList<>();
            selection.values().forEach((k, v) -> sel.add(k + "=" + v));
            throw new BadSelection("--config " + String.join(" --config ", sel) + ": no configuration of "
                    + program.root().source().displayPath() + " has these values together (the requires exclude it)",
                    false);
        }
        if (!anyUnfiltered) {
            Span at = program.requires().isEmpty() ? program.root().source().span(0, 0)
                    : program.requires().get(0).span();
            diags.error(DiagnosticCode.NO_CONFIGURATION, at, "no configuration satisfies the requires"
                    + " (every combination of param values is excluded)");
        }
        return out;
    }

    private static boolean sameConst(Term a, Term b) {
        if (a.isBool() != b.isBool()) return false;
        return a.isBool() ? Terms.boolValue(a) == Terms.boolValue(b) : Terms.value(a) == Terms.value(b);
    }

    private static Map<String, Long> parseSelection(Program program, Selection selection, List<List<Term>> domains)
            throws BadSelection {
        Map<String, Long> wanted = new LinkedHashMap<>();
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < program.params().size(); i++) byName.put(program.params().get(i).name().text(), i);
        for (Map.Entry<String, String> e : selection.values().entrySet()) {
            Integer i = byName.get(e.getKey());
            if (i == null) {
                throw new BadSelection("--config " + e.getKey() + ": no param named '" + e.getKey() + "' in "
                        + program.root().source().displayPath() + (byName.isEmpty() ? " (it has no params)"
                        : " (params: " + String.join(", ", byName.keySet()) + ")"), true);
            }
            List<Term> domain = domains.get(i);
            Long value = null;
            String text = e.getValue().trim();
            for (Term t : domain) {
                if (t.isBool() ? text.equals(Terms.boolValue(t) ? "true" : "false") : matchesNumber(text, Terms.value(t))) {
                    value = t.isBool() ? (Terms.boolValue(t) ? 1L : 0L) : Terms.value(t);
                }
            }
            if (value == null) {
                List<String> shown = new ArrayList<>();
                for (Term t : domain) shown.add(t.isBool() ? String.valueOf(Terms.boolValue(t)) : Long.toUnsignedString(Terms.value(t)));
                throw new BadSelection("--config " + e.getKey() + "=" + e.getValue() + ": not in the domain of "
                        + e.getKey() + " {" + String.join(", ", shown) + "}", false);
            }
            wanted.put(e.getKey(), value);
        }
        return wanted;
    }

    private static boolean matchesNumber(String text, long value) {
        try {
            String t = text.replace("_", "");
            long parsed = t.startsWith("0x") || t.startsWith("0X") ? Long.parseUnsignedLong(t.substring(2), 16)
                    : Long.parseUnsignedLong(t);
            return parsed == value;
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    private static boolean matches(Config c, Map<String, Long> wanted) {
        for (Map.Entry<String, Long> e : wanted.entrySet()) {
            if (c.get(e.getKey()).longValue() != e.getValue()) return false;
        }
        return true;
    }

    private static boolean satisfiesRequires(Program program, Config c) {
        if (program.requires().isEmpty()) return true;
        Translator t = new Translator(program, new ConfigContext(program, c, null), null);
        for (Decl.Require r : program.requires()) {
            Term v = t.cond(r.condition(), Map.of());
            if (!Terms.isTrue(v)) return false;
        }
        return true;
    }
}
