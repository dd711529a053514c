package ptprove.kernel;

/**
 * Something in the kernel's C that ptprove cannot read or evaluate: a construct outside the supported subset, a
 * name it cannot resolve, a division by zero. {@code start}/{@code end} are offsets in the text being read; the
 * caller turns them into a positioned diagnostic in the kernel file.
 */
final class CProblem extends Exception {
    private final int start;
    private final int end;

    CProblem(String message, int start, int end) {
        super(message, null, false, false);
        this.start = start;
        this.end = end;
    }

    CProblem(String message, CExpr at) { this(message, at.start(), at.end()); }

    CProblem(String message, CToken at) { this(message, at.start(), at.end()); }

    int start() { return start; }
    int end() { return end; }
}
