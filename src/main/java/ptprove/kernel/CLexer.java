package ptprove.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits C source text into tokens, keeping character offsets. Comments, whitespace and backslash-newlines are
 * skipped; a preprocessor directive (a line starting with {@code #}) becomes one {@link CToken.Kind#DIRECTIVE}
 * token, so that a function reader can say a directive sits inside the function instead of silently reading
 * through it.
 */
final class CLexer {
    private static final String[] PUNCTUATORS = {
        "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=", "%=",
        "+=", "-=", "&=", "^=", "|=", "##",
    };

    private final String text;
    private int pos;
    private boolean lineStart = true;

    private CLexer(String text, int from) {
        this.text = text;
        this.pos = from;
    }

    /** Every token of {@code text} from offset {@code from} on, ending with an EOF token. */
    static List<CToken> tokens(String text, int from) {
        CLexer l = new CLexer(text, from);
        List<CToken> out = new ArrayList<>();
        while (true) {
            CToken t = l.next();
            out.add(t);
            if (t.kind() == CToken.Kind.EOF) return out;
        }
    }

    static List<CToken> tokens(String text) { return tokens(text, 0); }

    private CToken next() {
        skipSpace();
        if (pos >= text.length()) return new CToken(CToken.Kind.EOF, "", text.length(), text.length());
        int start = pos;
        char c = text.charAt(pos);
        if (c == '#' && lineStart) return directive(start);
        lineStart = false;
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
            return new CToken(CToken.Kind.IDENT, text.substring(start, pos), start, pos);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            pos++;
            while (pos < text.length()) {
                char d = text.charAt(pos);
                boolean exponentSign = (d == '+' || d == '-') && "eEpP".indexOf(text.charAt(pos - 1)) >= 0;
                if (!(Character.isLetterOrDigit(d) || d == '_' || d == '.' || exponentSign)) break;
                pos++;
            }
            return new CToken(CToken.Kind.NUMBER, text.substring(start, pos), start, pos);
        }
        if (c == '\'' || c == '"') return quoted(start, c);
        for (String p : PUNCTUATORS) {
            if (text.startsWith(p, pos)) {
                pos += p.length();
                return new CToken(CToken.Kind.PUNCT, p, start, pos);
            }
        }
        pos++;
        return new CToken(CToken.Kind.PUNCT, String.valueOf(c), start, pos);
    }

    private CToken quoted(int start, char quote) {
        pos++;
        while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n') {
            if (text.charAt(pos) == '\\') pos++;
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == quote) pos++;
        CToken.Kind kind = quote == '"' ? CToken.Kind.STRING : CToken.Kind.CHAR;
        return new CToken(kind, text.substring(start, pos), start, pos);
    }

    /** A whole directive line, continuation lines included. */
    private CToken directive(int start) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            if (text.charAt(pos) == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') pos++;
            else if (text.startsWith("/*", pos)) {
                int close = text.indexOf("*/", pos + 2);
                pos = close < 0 ? text.length() - 1 : close + 1;
            }
            pos++;
        }
        return new CToken(CToken.Kind.DIRECTIVE, text.substring(start, pos).strip(), start, pos);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                lineStart = true;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos += 2;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') pos++;
            } else if (text.startsWith("/*", pos)) {
                int close = text.indexOf("*/", pos + 2);
                pos = close < 0 ? text.length() : close + 2;
            } else {
                return;
            }
        }
    }
}
