package ptprove.elaborate;

import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;

/**
 * Closed forms over half-open ranges [s, e) on w-bit addresses, where e == 0 means "to the top". Membership is
 * the C idiom {@code a - s < e - s} (unsigned), which needs no case split for the top.
 */
final class Regions {
    private Regions() {}

    static Term member(Term a, Term s, Term e, int w, Span sp) {
        return Terms.ult(Terms.bin(Op.SUB, a, s, sp), Terms.bin(Op.SUB, e, s, sp), sp);
    }

    static Term overlaps(Term s1, Term e1, Term s2, Term e2, int w, Span sp) {
        Term zero = Terms.bv(0, w, sp);
        Term len1 = Terms.bin(Op.SUB, e1, s1, sp);
        Term len2 = Terms.bin(Op.SUB, e2, s2, sp);
        Term nonEmpty = Terms.and(Terms.not(Terms.eq(len1, zero, sp), sp), Terms.not(Terms.eq(len2, zero, sp), sp), sp);
        Term startInside = Terms.or(Terms.ult(Terms.bin(Op.SUB, s2, s1, sp), len1, sp),
                Terms.ult(Terms.bin(Op.SUB, s1, s2, sp), len2, sp), sp);
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

    /** Some entry of the given shift maps an address of each (both non-empty): their entry-number ranges meet. */
    static Term shareEntry(Term s1, Term e1, Term s2, Term e2, long shift, int w, Span sp) {
        Term zero = Terms.bv(0, w, sp), one = Terms.bv(1, w, sp), sh = Terms.bv(shift, w, sp);
        Term nonEmpty = Terms.and(Terms.not(Terms.eq(e1, s1, sp), sp), Terms.not(Terms.eq(e2, s2, sp), sp), sp);
        Term f1 = Terms.bin(Op.LSHR, s1, sh, sp), l1 = Terms.bin(Op.LSHR, Terms.bin(Op.SUB, e1, one, sp), sh, sp);
        Term f2 = Terms.bin(Op.LSHR, s2, sh, sp), l2 = Terms.bin(Op.LSHR, Terms.bin(Op.SUB, e2, one, sp), sh, sp);
        return Terms.and(java.util.List.of(nonEmpty, Terms.ule(f1, l2, sp), Terms.ule(f2, l1, sp)), sp);
    }
}
