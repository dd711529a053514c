package ptprove.elaborate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;

/**
 * The writes a history makes, as seen from one address p: each write of a field with the condition under which
 * it happens there (the path through the event's ifs and the visit of p's chunk by each enclosing loop) and the
 * address range it covers. The field's value at an address q is then the chain
 * {@code ite(guard && q's chunk meets [lo, hi), value, older)} over the writes, from the field's initial value.
 *
 * <p>The chain is exact at p. It is also exact at any q in the chunk of p of a granule G when every write of the
 * field happened at the top of an event or in a loop of granule at least G (then q lies in the same loop chunks
 * as p): which is what all()/any() over a G-chunk need, and what the elaborator's granularity rules guarantee.
 */
final class StateLog {
    /**
     * A write: {@code hiMinus1} is the last address covered, or null when the write runs to the end of its loop
     * chunk (a {@code step} loop's own sub-range); {@code shift} is the field's granule as a shift.
     * {@code wholeChunk}: the write covers the whole loop chunk it ran in (a field of the loop's own granule,
     * written at the chunk), so at any address of that chunk it needs no range test. {@code chunkShift}: the
     * granule of the loop chunk the write ran in (its range lies inside it), or -1 at the top of an event.
     */
    record Entry(Term guard, Term lo, Term hiMinus1, long shift, Term value, boolean wholeChunk, long chunkShift) {}

    private final int w;
    private final Map<Decl.State, Term> initial;
    private final Map<Decl.State, List<Entry>> entries = new IdentityHashMap<>();

    StateLog(int w, Map<Decl.State, Term> initial) {
        this.w = w;
        this.initial = initial;
    }

    void add(Decl.State field, Entry e) { entries.computeIfAbsent(field, k -> new ArrayList<>()).add(e); }

    /** The field's value at q after the writes so far. */
    Term at(Decl.State field, Term q, Span sp) {
        return at(field, q, null, sp);
    }

    /**
     * The field's value at q, for a q known to lie in {@code window}'s chunk (null: anywhere). all()/any() read
     * a field at many addresses of one chunk: a write made at the top of an event, or in a coarser loop, is then
     * clipped to the chunk once, and each address compared with it by its offset in the chunk.
     */
    Term at(Decl.State field, Term q, Window window, Span sp) {
        Term acc = initial.get(field);
        for (Entry e : entries.getOrDefault(field, List.of())) {
            if (sameConstant(e.value(), acc)) continue; // writing the value already there changes nothing
            Term covers = window != null && window.applies(e) ? window.covers(e, q, sp) : covers(e, q, sp);
            acc = Terms.ite(Terms.and(e.guard(), covers, sp), e.value(), acc, sp);
        }
        return acc;
    }

    /**
     * A loop chunk [cs, cs + 2^shift) that every address asked about lies in, with each write's clip to it made
     * once. For q in the chunk, q's granule lies in [lo, hi]'s exactly when the write meets the chunk and q's
     * offset lies between the clipped ends' offsets: the offsets have only the chunk's bits.
     */
    final class Window {
        private final Term cs;
        private final long shift;
        private final Map<Entry, Term[]> clipped = new IdentityHashMap<>();

        Window(Term cs, long shift) {
            this.cs = cs;
            this.shift = shift;
        }

        /** For writes not confined to this chunk or a smaller one, of a field no coarser than the chunk. */
        boolean applies(Entry e) {
            return !e.wholeChunk() && e.hiMinus1() != null && e.shift() <= shift
                    && (e.chunkShift() < 0 || e.chunkShift() > shift) && shift < w;
        }

        Term covers(Entry e, Term q, Span sp) {
            Term[] c = clipped.computeIfAbsent(e, x -> clip(x, sp));
            Term n = offset(q, e.shift(), sp);
            return Terms.and(List.of(c[0], Terms.ule(c[1], n, sp), Terms.ule(n, c[2], sp)), sp);
        }

        /** Whether the write meets the chunk, and its first and last granule in it, as offsets. */
        private Term[] clip(Entry e, Span sp) {
            Term sh = Terms.bv(e.shift(), w, sp);
            Term first = Terms.bin(Op.LSHR, cs, sh, sp);
            Term last = Terms.bin(Op.LSHR, Terms.bin(Op.BVOR, cs, Terms.bv((1L << shift) - 1, w, sp), sp), sh, sp);
            Term lo = Terms.bin(Op.LSHR, e.lo(), sh, sp), hi = Terms.bin(Op.LSHR, e.hiMinus1(), sh, sp);
            Term meets = Terms.and(Terms.ule(lo, last, sp), Terms.ule(first, hi, sp), sp);
            Term loOff = Terms.ite(Terms.ule(lo, first, sp), Terms.bv(0, w, sp), offset(e.lo(), e.shift(), sp), sp);
            Term hiOff = Terms.ite(Terms.ule(last, hi, sp), Terms.bv(((1L << shift) - 1) >>> e.shift(), w, sp),
                    offset(e.hiMinus1(), e.shift(), sp), sp);
            return new Term[] {meets, loOff, hiOff};
        }

        /** a's granule (of 2^granuleShift bytes) counted from the chunk's start, for an a in the chunk. */
        private Term offset(Term a, long granuleShift, Span sp) {
            Term in = Terms.bin(Op.BVAND, a, Terms.bv((1L << shift) - 1, w, sp), sp);
            return Terms.bin(Op.LSHR, in, Terms.bv(granuleShift, w, sp), sp);
        }
    }

    private static boolean sameConstant(Term a, Term b) {
        if (a instanceof Term.Const x && b instanceof Term.Const y) return x.value() == y.value();
        return a instanceof Term.BoolConst x && b instanceof Term.BoolConst y && x.value() == y.value();
    }

    /**
     * q's chunk of the field's granule meets the write's range. Every q asked about lies in the loop chunk the
     * write ran in (the class comment says why), and so does the range: there the comparison needs only the
     * address bits inside that chunk, which the bit-blaster finds far cheaper than full-width ones.
     */
    private Term covers(Entry e, Term q, Span sp) {
        if (e.wholeChunk()) return Terms.TRUE;
        Term sh = Terms.bv(e.shift(), w, sp);
        Term n = Terms.bin(Op.LSHR, inChunk(q, e, sp), sh, sp);
        Term from = Terms.ule(Terms.bin(Op.LSHR, inChunk(e.lo(), e, sp), sh, sp), n, sp);
        if (e.hiMinus1() == null) return from;
        return Terms.and(from, Terms.ule(n, Terms.bin(Op.LSHR, inChunk(e.hiMinus1(), e, sp), sh, sp), sp), sp);
    }

    /** The address's offset in the write's loop chunk (the address itself for a write at the top of an event). */
    private Term inChunk(Term a, Entry e, Span sp) {
        if (e.chunkShift() < 0 || e.chunkShift() >= w) return a;
        return Terms.bin(Op.BVAND, a, Terms.bv((1L << e.chunkShift()) - 1, w, sp), sp);
    }

    /**
     * The addresses where one of {@code fields} may change value, as far as the writes so far can tell: the
     * first chunk each write covers and the first one after it. Between two consecutive ones every field is
     * constant (within one chunk of the granule the chain is exact for).
     */
    List<Term> breakpoints(Set<Decl.State> fields, Span sp) {
        // in the order of the writes (a query's text, hence its fingerprint, must not depend on identity hashes)
        List<Term> out = new ArrayList<>();
        Set<Term> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Decl.State f : fields) {
            for (Entry e : entries.getOrDefault(f, List.of())) {
                if (e.wholeChunk()) continue; // it changes nothing inside the chunk: the chunk start is asked anyway
                Term from = roundDown(e.lo(), e.shift(), sp);
                if (seen.add(from)) out.add(from);
                if (e.hiMinus1() == null) continue;
                Term after = roundDown(plusOne(e.hiMinus1(), e.shift(), sp), e.shift(), sp);
                if (seen.add(after)) out.add(after);
            }
        }
        return out;
    }

    private Term roundDown(Term a, long shift, Span sp) {
        if (shift == 0) return a;
        Term sh = Terms.bv(shift, w, sp);
        return Terms.bin(Op.SHL, Terms.bin(Op.LSHR, a, sh, sp), sh, sp);
    }

    /** The start of the chunk after the one holding {@code last}: (last - 1) + 1 is written back as it was. */
    private Term plusOne(Term last, long shift, Span sp) {
        if (shift == 0 && last instanceof Term.App app && app.op() == Op.SUB
                && app.args().get(1) instanceof Term.Const c && c.value() == 1) {
            return app.args().get(0);
        }
        Term sh = Terms.bv(shift, w, sp);
        return Terms.bin(Op.SHL, Terms.bin(Op.ADD, Terms.bin(Op.LSHR, last, sh, sp), Terms.bv(1, w, sp), sp), sh, sp);
    }
}
