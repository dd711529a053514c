package ptprove.elaborate;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;

/**
 * Closed forms over half-open ranges [s, e) on w-bit addresses, where e == 0 means "to the top" and s > e wraps
 * past it. Membership means the C idiom {@code a - s < e - s} (unsigned); it is lowered as the equivalent case
 * split on whether the range wraps, because the bit-blaster handles comparisons far better than comparisons of
 * differences (an x86 KASLR query went from 18 s to 0.2 s).
 */
final class Regions {
    private Regions() {}

    /** a - s < e - s: s <= a < e, or for a wrapping range (s > e), a >= s or a < e; s == e is empty. */
    static Term member(Term a, Term s, Term e, Span sp) {
        Term plain = Terms.and(Terms.ule(s, a, sp), Terms.ult(a, e, sp), sp);
        Term wrapping = Terms.or(Terms.ule(s, a, sp), Terms.ult(a, e, sp), sp);
        return Terms.ite(Terms.ule(s, e, sp), plain, wrapping, sp);
    }

    static Term overlaps(Term s1, Term e1, Term s2, Term e2, int w, Span sp) {
        Term nonEmpty = Terms.and(Terms.not(Terms.eq(e1, s1, sp), sp), Terms.not(Terms.eq(e2, s2, sp), sp), sp);
        // two non-empty ranges meet iff one's start lies in the other
        Term startInside = Terms.or(member(s2, s1, e1, sp), member(s1, s2, e2, sp), sp);
        return Terms.and(nonEmpty, startInside, sp);
    }

    static Term within(Term s1, Term e1, Term s2, Term e2, int w, Span sp) {
        Term len1 = Terms.bin(Op.SUB, e1, s1, sp);
        Term len2 = Terms.bin(Op.SUB, e2, s2, sp);
        Term empty = Terms.eq(len1, Terms.bv(0, w, sp), sp);
        Term fits = Terms.and(Terms.ule(len1, len2, sp),
                Terms.ule(Terms.bin(Op.SUB, s1, s2, sp), Terms.bin(Op.SUB, len2, len1, sp), sp), sp);
        return Terms.or(empty, fits, sp);
    }

    /**
     * Some entry of the given shift maps an address of each region. A region may wrap past the top (symbolic
     * bounds with start > end != 0), so each is split into at most two non-wrapping pieces [s, e') and [0, e'')
     * and the entry-number ranges of the pieces are compared pairwise.
     */
    static Term shareEntry(Term s1, Term e1, Term s2, Term e2, long shift, int w, Span sp) {
        List<Term[]> p1 = pieces(s1, e1, w, sp), p2 = pieces(s2, e2, w, sp);
        List<Term> any = new ArrayList<>();
        for (Term[] a : p1) for (Term[] b : p2) any.add(piecesShareEntry(a[0], a[1], b[0], b[1], shift, w, sp));
        return Terms.or(any, sp);
    }

    /**
     * [s, e) has an address in the entry of the given shift that maps {@code a}: the same as overlapping that
     * entry's aligned span, but compared as entry numbers, which the bit-blaster finds much easier than
     * full-width sums.
     */
    static Term hasAddressInEntry(Term s, Term e, Term a, long shift, int w, Span sp) {
        Term one = Terms.bv(1, w, sp), sh = Terms.bv(shift, w, sp);
        Term n = Terms.bin(Op.LSHR, a, sh, sp);
        List<Term> any = new ArrayList<>();
        for (Term[] p : pieces(s, e, w, sp)) {
            Term first = Terms.bin(Op.LSHR, p[0], sh, sp);
            Term last = Terms.bin(Op.LSHR, Terms.bin(Op.SUB, p[1], one, sp), sh, sp);
            any.add(Terms.and(List.of(Terms.not(Terms.eq(p[1], p[0], sp), sp), Terms.ule(first, n, sp),
                    Terms.ule(n, last, sp)), sp));
        }
        return Terms.or(any, sp);
    }

    /** [s, e) as non-wrapping pieces: itself, or [s, top) and [0, e) when it wraps. */
    private static List<Term[]> pieces(Term s, Term e, int w, Span sp) {
        Term zero = Terms.bv(0, w, sp);
        Term wraps = Terms.and(Terms.not(Terms.eq(e, zero, sp), sp), Terms.ult(e, s, sp), sp);
        if (Terms.isFalse(wraps)) return List.<Term[]>of(new Term[] {s, e});
        return List.of(new Term[] {s, Terms.ite(wraps, zero, e, sp)}, new Term[] {zero, Terms.ite(wraps, e, zero, sp)});
    }

    /** Two non-wrapping, possibly empty ranges ([s, 0) reaching the top) meet a common entry. */
    private static Term piecesShareEntry(Term s1, Term e1, Term s2, Term e2, long shift, int w, Span sp) {
        Term one = Terms.bv(1, w, sp), sh = Terms.bv(shift, w, sp);
        Term nonEmpty = Terms.and(Terms.not(Terms.eq(e1, s1, sp), sp), Terms.not(Terms.eq(e2, s2, sp), sp), sp);
        Term f1 = Terms.bin(Op.LSHR, s1, sh, sp), l1 = Terms.bin(Op.LSHR, Terms.bin(Op.SUB, e1, one, sp), sh, sp);
        Term f2 = Terms.bin(Op.LSHR, s2, sh, sp), l2 = Terms.bin(Op.LSHR, Terms.bin(Op.SUB, e2, one, sp), sh, sp);
        return Terms.and(List.of(nonEmpty, Terms.ule(f1, l2, sp), Terms.ule(f2, l1, sp)), sp);
    }
}
