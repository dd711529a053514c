package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import ptprove.syntax.ast.Decl;

/**
 * A pagetable's geometry in one configuration, computed by the evaluator itself. Levels keep their declared order
 * (top first). A level is present iff its {@code if} condition holds; an absent (folded) level takes the shift of
 * the nearest present level above it, as the kernel's folded {@code PUD_SHIFT} equals {@code PGDIR_SHIFT}.
 */
public final class Geometry {
    /** One declared level; {@code shift} of an absent level is its alias's. */
    public record Level(String name, int ordinal, boolean present, int shift) {}

    private final Decl.Pagetable decl;
    private final long vaBits;
    private final List<Level> levels;
    private final List<Level> present;
    private final Bits bits;

    Geometry(Decl.Pagetable decl, long vaBits, List<Level> levels, Bits bits) {
        this.decl = decl;
        this.vaBits = vaBits;
        this.levels = List.copyOf(levels);
        this.bits = bits;
        List<Level> p = new ArrayList<>();
        for (Level l : levels) if (l.present()) p.add(l);
        this.present = List.copyOf(p);
    }

    public Decl.Pagetable decl() { return decl; }
    public String name() { return decl.name().text(); }
    public long vaBits() { return vaBits; }
    /** All declared levels, top first. */
    public List<Level> levels() { return levels; }
    /** Present levels, top first: the levels the walk's loops run at. */
    public List<Level> present() { return present; }
    public Level level(int ordinal) { return levels.get(ordinal); }
    public Level level(String name) {
        for (Level l : levels) if (l.name().equals(name)) return l;
        throw new IllegalArgumentException("no level " + name + " in " + name());
    }

    /** The last declared level; it is always present and has no table below it. */
    public boolean isLeaf(Level l) { return l.ordinal() == levels.size() - 1; }

    /** Present levels with a table below them. */
    public List<Level> nonLeafPresent() { return present.subList(0, present.size() - 1); }

    public long span(Level l) { return bits.shl(1, l.shift()); }
    public long mask(Level l) { return bits.not(bits.sub(span(l), 1)); }

    /** Entries of a table at this level: the top one covers va_bits, lower ones their parent's span; absent: 1. */
    public long entries(Level l) {
        if (!l.present()) return 1;
        int i = present.indexOf(l);
        long above = i == 0 ? vaBits : present.get(i - 1).shift();
        return bits.shl(1, above - l.shift());
    }

    public long index(Level l, long a) { return bits.shr(a, l.shift()) & bits.sub(entries(l), 1); }

    /** The kernel's pXd_addr_end: the next entry boundary, or end if that comes first (0 = top, wrap-safe). */
    long addrEnd(Level l, long addr, long end) {
        long boundary = bits.add(addr, span(l)) & mask(l);
        return bits.ult(bits.sub(boundary, 1), bits.sub(end, 1)) ? boundary : end;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(name()).append(" va_bits ").append(vaBits).append(':');
        for (Level l : levels) sb.append(' ').append(l.name()).append(l.present() ? "=" + l.shift() : "(folded)");
        return sb.toString();
    }
}
