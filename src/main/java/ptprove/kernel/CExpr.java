package ptprove.kernel;

import java.util.List;

/**
 * A C expression as the kernel writes one, after macro expansion: the integer subset that layout macros and
 * pure helpers use. Offsets are characters of the text the tokens came from (see {@link CToken}).
 */
sealed interface CExpr {
    int start();
    int end();

    /** An integer constant with its C type ({@code 1UL}: unsigned long; {@code 0x80000000}: unsigned int). */
    record Num(long value, CType type, String text, int start, int end) implements CExpr {}

    /** A name the preprocessor left: a parameter or local, a run-time variable, {@code true}/{@code false}. */
    record Ident(String name, int start, int end) implements CExpr {}

    record Unary(String op, CExpr operand, int start, int end) implements CExpr {}

    record Binary(String op, CExpr left, CExpr right, int start, int end) implements CExpr {}

    record Cond(CExpr condition, CExpr then, CExpr otherwise, int start, int end) implements CExpr {}

    record Cast(CTypeName type, CExpr operand, int start, int end) implements CExpr {}

    record SizeofType(CTypeName type, int start, int end) implements CExpr {}

    record SizeofExpr(CExpr operand, int start, int end) implements CExpr {}

    /** A call of a compiler builtin, a log2.h helper or (in a function body) another bound function. */
    record Call(String name, List<CExpr> args, int start, int end) implements CExpr {
        public Call { args = List.copyOf(args); }
    }
}
