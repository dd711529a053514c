package ptprove.eval;

import ptprove.syntax.ast.Decl;

/**
 * How each level's loop ends, as the teardown's {@code loop} item says ({@link Decl.Loop}):
 * {@link #NOT_EQUAL} is {@code do { ... } while (addr = next, addr != end)} (mm/memory.c, the default);
 * {@link #BELOW} is arm64's {@code do { ... } while (addr = next, addr < end)}; {@link #FOR_BELOW} is x86's
 * {@code for (; addr < end; addr = next)}, which tests before the first iteration. For end != 0 and start < end
 * all three visit the same entries; BELOW runs once per level when end is 0, FOR_BELOW not at all when
 * start >= end.
 */
public enum LoopExit {
    NOT_EQUAL, BELOW, FOR_BELOW;

    static LoopExit of(Decl.Loop loop) {
        return switch (loop) {
            case DO_WHILE_NE -> NOT_EQUAL;
            case DO_WHILE_LT -> BELOW;
            case FOR_LT -> FOR_BELOW;
        };
    }

    /** Tested before the first iteration (only a for loop does). */
    boolean enter(long addr, long end) {
        return this != FOR_BELOW || Long.compareUnsigned(addr, end) < 0;
    }

    boolean goOn(long addr, long end) {
        return this == NOT_EQUAL ? addr != end : Long.compareUnsigned(addr, end) < 0;
    }
}
