package ptprove.kernel;

import ptprove.source.Span;

/**
 * A macro's value in one configuration, as the spec's unsigned long, with where the kernel defines it: the
 * tree-relative file and line of the {@code #define} that was in effect (a folded level's {@code PUD_SHIFT}
 * comes from asm-generic/pgtable-nopud.h, not from the arm64 header), and a span on that line.
 */
public record KernelValue(String macro, long value, String file, int line, Span span) {
    /** {@code arch/arm64/include/asm/memory.h:50}. */
    public String location() { return line > 0 ? file + ":" + line : file; }
}
