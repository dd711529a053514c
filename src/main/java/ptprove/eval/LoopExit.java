package ptprove.eval;

/**
 * The exit test of the walk's do-while loops. The language's semantics is {@link #NOT_EQUAL}
 * ({@code while (addr = next, addr != end)}, as in mm/memory.c's free_pgd_range); arm64's free_empty_* functions
 * write {@link #BELOW} ({@code addr < end}). The two differ only when the walk's end is 0 (the top of the address
 * space): then {@code BELOW} stops after the first entry at every level. Only the literal walk offers BELOW.
 */
public enum LoopExit {
    NOT_EQUAL, BELOW;

    boolean goOn(long addr, long end) {
        return this == NOT_EQUAL ? addr != end : Long.compareUnsigned(addr, end) < 0;
    }
}
