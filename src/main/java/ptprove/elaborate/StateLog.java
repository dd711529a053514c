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
     * written at the chunk), so at any address of that chunk it needs no range test.
     */
    record Entry(Term guard, Term lo, Term hiMinus1, long shift, Term value, boolean wholeChunk) {}

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
        Term acc = initial.get(field);
        for (Entry e : entries.getOrDefault(field, List.of())) {
            acc = Terms.ite(Terms.and(e.guard(), covers(e, q, sp), sp), e.value(), acc, sp);
        }
        return acc;
    }

    /** q's chunk of the field's granule meets the write's range. */
    private Term covers(Entry e, Term q, Span sp) {
        if (e.wholeChunk()) return Terms.TRUE;
        Term sh = Terms.bv(e.shift(), w, sp);
        Term n = Terms.bin(Op.LSHR, q, sh, sp);
        Term from = Terms.ule(Terms.bin(Op.LSHR, e.lo(), sh, sp), n, sp);
        if (e.hiMinus1() == null) return from;
        return Terms.and(from, Terms.ule(n, Terms.bin(Op.LSHR, e.hiMinus1(), sh, sp), sp), sp);
    }

    /**
     * The addresses where one of {@code fields} may change value, as far as the writes so far can tell: the
     * first chunk each write covers and the first one after it. Between two consecutive ones every field is
     * constant (within one chunk of the granule the chain is exact for).
     */
    List<Term> breakpoints(Set<Decl.State> fields, Span sp) {
        List<Term> out = new ArrayList<>();
        for (Decl.State f : fields) {
            for (Entry e : entries.getOrDefault(f, List.of())) {
                Term sh = Terms.bv(e.shift(), w, sp);
                out.add(Terms.bin(Op.SHL, Terms.bin(Op.LSHR, e.lo(), sh, sp), sh, sp));
                if (e.hiMinus1() != null) {
                    Term next = Terms.bin(Op.ADD, Terms.bin(Op.LSHR, e.hiMinus1(), sh, sp), Terms.bv(1, w, sp), sp);
                    out.add(Terms.bin(Op.SHL, next, sh, sp));
                }
            }
        }
        return out;
    }
}
