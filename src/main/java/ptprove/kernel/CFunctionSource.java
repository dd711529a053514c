package ptprove.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a function definition in a {@code .c} file's raw tokens and splits it into return type, parameters
 * and body, before any macro expansion. Storage classes and the kernel's attribute macros in front of the
 * return type ({@code static}, {@code inline}, {@code __always_inline}, {@code __meminit}, ...) are skipped; the
 * remaining words must name the return type.
 *
 * @param name       the function's name token
 * @param returnType what the words before the name say it returns
 * @param params     the parameters, in order
 * @param body       the tokens strictly between the body's braces
 * @param start      where the definition starts in the file (its first word)
 * @param end        where it ends (after the body's closing brace)
 */
record CFunctionSource(CToken name, CTypeName returnType, List<Param> params, List<CToken> body, int start, int end) {
    /** Words before the return type that say nothing about values: storage classes and inlining. */
    private static final java.util.Set<String> STORAGE = java.util.Set.of("static", "inline", "extern", "noinline",
            "notrace", "__inline", "__inline__");

    record Param(CTypeName type, CToken name) {}

    /** The one definition of {@code function} in {@code tokens} (a whole file); null when there is none. */
    static CFunctionSource find(List<CToken> tokens, String function) throws CProblem {
        List<Integer> found = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            CToken t = tokens.get(i);
            if (t.is("{")) depth++;
            else if (t.is("}")) depth--;
            else if (depth == 0 && t.isIdent() && t.text().equals(function) && tokens.get(i + 1).is("(")) {
                int close = matching(tokens, i + 1);
                if (close > 0 && tokens.get(close + 1).is("{")) found.add(i);
            }
        }
        if (found.isEmpty()) return null;
        if (found.size() > 1) {
            CToken second = tokens.get(found.get(1));
            throw new CProblem("'" + function + "' is defined " + found.size() + " times in this file (under"
                    + " different #if branches?); ptprove reads a function defined once", second);
        }
        return split(tokens, found.get(0));
    }

    /** Index of the token closing the bracket at {@code open}, or -1. */
    static int matching(List<CToken> tokens, int open) {
        String o = tokens.get(open).text();
        String c = o.equals("(") ? ")" : o.equals("{") ? "}" : "]";
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            CToken t = tokens.get(i);
            if (t.kind() == CToken.Kind.EOF) return -1;
            if (t.is(o)) depth++;
            else if (t.is(c) && --depth == 0) return i;
        }
        return -1;
    }

    private static CFunctionSource split(List<CToken> tokens, int nameAt) throws CProblem {
        int first = nameAt;
        while (first > 0) {
            CToken p = tokens.get(first - 1);
            if (p.is(";") || p.is("}") || p.kind() == CToken.Kind.DIRECTIVE) break;
            first--;
        }
        CTypeName ret = returnType(tokens.subList(first, nameAt), tokens.get(nameAt));
        int close = matching(tokens, nameAt + 1);
        List<Param> params = params(tokens.subList(nameAt + 2, close), tokens.get(nameAt + 1));
        int open = close + 1;
        int bodyClose = matching(tokens, open);
        if (bodyClose < 0) throw new CProblem("the body of '" + tokens.get(nameAt).text() + "' is not closed", tokens.get(open));
        List<CToken> body = new ArrayList<>(tokens.subList(open + 1, bodyClose));
        for (CToken t : body) {
            if (t.kind() == CToken.Kind.DIRECTIVE) {
                throw new CProblem("preprocessor directive inside the function (" + firstWord(t.text())
                        + "): outside the supported C subset", t);
            }
        }
        body.add(new CToken(CToken.Kind.EOF, "", tokens.get(bodyClose).start(), tokens.get(bodyClose).end()));
        return new CFunctionSource(tokens.get(nameAt), ret, params, body, tokens.get(first).start(),
                tokens.get(bodyClose).end());
    }

    private static String firstWord(String directive) {
        String d = directive.substring(1).strip();
        int sp = 0;
        while (sp < d.length() && Character.isLetter(d.charAt(sp))) sp++;
        return "#" + d.substring(0, sp);
    }

    private static CTypeName returnType(List<CToken> prefix, CToken name) throws CProblem {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < prefix.size(); i++) {
            CToken t = prefix.get(i);
            if (t.is("__attribute__") && i + 1 < prefix.size() && prefix.get(i + 1).is("(")) {
                i = matching(prefix, i + 1);
                if (i < 0) break;
                continue;
            }
            if (t.is("*")) throw new CProblem("returns a pointer (outside the supported C subset)", t);
            if (!t.isIdent()) throw new CProblem("unexpected '" + t.text() + "' before the function name", t);
            if (STORAGE.contains(t.text()) || (!CTypeName.isTypeWord(t.text()) && t.text().startsWith("__"))) continue;
            words.add(t.text());
        }
        CTypeName type = CTypeName.of(words);
        if (type == null) {
            throw new CProblem("return type '" + String.join(" ", words) + "' is not an integer type ptprove knows", name);
        }
        return type;
    }

    private static List<Param> params(List<CToken> inside, CToken open) throws CProblem {
        List<Param> out = new ArrayList<>();
        if (inside.isEmpty() || (inside.size() == 1 && inside.get(0).is("void"))) return out;
        List<CToken> current = new ArrayList<>();
        for (int i = 0; i <= inside.size(); i++) {
            if (i == inside.size() || inside.get(i).is(",")) {
                out.add(param(current, i == inside.size() ? open : inside.get(i)));
                current = new ArrayList<>();
            } else {
                current.add(inside.get(i));
            }
        }
        return out;
    }

    private static Param param(List<CToken> tokens, CToken at) throws CProblem {
        if (tokens.isEmpty()) throw new CProblem("empty parameter", at);
        for (CToken t : tokens) {
            if (t.is("*") || t.is("[")) throw new CProblem("pointer or array parameter (outside the supported C subset)", t);
            if (t.is("...")) throw new CProblem("variadic function (outside the supported C subset)", t);
        }
        CToken name = tokens.get(tokens.size() - 1);
        List<String> words = new ArrayList<>();
        for (CToken t : tokens.subList(0, tokens.size() - 1)) words.add(t.text());
        CTypeName type = CTypeName.of(words);
        if (!name.isIdent() || CTypeName.isTypeWord(name.text()) || type == null) {
            throw new CProblem("parameter '" + joined(tokens) + "' is not an integer type and a name", tokens.get(0));
        }
        return new Param(type, name);
    }

    private static String joined(List<CToken> tokens) {
        StringBuilder b = new StringBuilder();
        for (CToken t : tokens) b.append(b.length() == 0 ? "" : " ").append(t.text());
        return b.toString();
    }
}
