package ptprove.kernel;

/**
 * One C token. {@code start} and {@code end} are character offsets in the text the token stands for: the kernel
 * file for tokens read from it, or the macro use a token was expanded from (so every node built from an
 * expansion points at that use).
 */
record CToken(Kind kind, String text, int start, int end) {
    enum Kind { IDENT, NUMBER, PUNCT, CHAR, STRING, DIRECTIVE, EOF }

    boolean is(String punct) { return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punct); }

    boolean isIdent() { return kind == Kind.IDENT; }

    @Override public String toString() { return text; }
}
