package ptprove.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Address-range facts by direct reasoning on the circle of w-bit addresses: a range is cut into at most two
 * linear pieces [lo, hi] (inclusive, lo <= hi) and questions are asked of the pieces.
 */
final class Ranges {
    private final Bits bits;

    Ranges(Bits bits) { this.bits = bits; }

    long size(long s, long e) { return bits.sub(e, s); }

    boolean member(long a, long s, long e) { return bits.ult(bits.sub(a, s), bits.sub(e, s)); }

    /** The range as linear pieces {lo, hi}: none if empty, two if it wraps through the top. */
    List<long[]> pieces(long s, long e) {
        List<long[]> out = new ArrayList<>(2);
        if (size(s, e) == 0) return out;
        long last = bits.sub(e, 1);
        if (bits.ule(s, last)) {
            out.add(new long[] {s, last});
        } else {
            out.add(new long[] {s, bits.mask});
            out.add(new long[] {0, last});
        }
        return out;
    }

    /** Two ranges share an address: some piece of one meets some piece of the other. */
    boolean overlaps(long s1, long e1, long s2, long e2) {
        for (long[] p : pieces(s1, e1)) {
            for (long[] q : pieces(s2, e2)) {
                if (bits.ule(p[0], q[1]) && bits.ule(q[0], p[1])) return true;
            }
        }
        return false;
    }

    /** Every address of the first range is in the second: each piece of it lies inside one piece of the other. */
    boolean within(long s1, long e1, long s2, long e2) {
        List<long[]> outer = pieces(s2, e2);
        for (long[] p : pieces(s1, e1)) {
            boolean inside = false;
            for (long[] q : outer) inside |= bits.ule(q[0], p[0]) && bits.ule(p[1], q[1]);
            if (!inside) return false;
        }
        return true;
    }

    /** Some entry of 2^shift bytes holds an address of each range: their entry-number pieces meet. */
    boolean shareEntry(long s1, long e1, long s2, long e2, int shift) {
        for (long[] p : pieces(s1, e1)) {
            for (long[] q : pieces(s2, e2)) {
                long plo = p[0] >>> shift, phi = p[1] >>> shift, qlo = q[0] >>> shift, qhi = q[1] >>> shift;
                if (bits.ule(plo, qhi) && bits.ule(qlo, phi)) return true;
            }
        }
        return false;
    }

    /** The first address of range [s, e) inside [lo, hi] (inclusive), or null if none. */
    Long firstIn(long s, long e, long lo, long hi) {
        if (member(s, s, e) && bits.ule(lo, s) && bits.ule(s, hi)) return s;
        // The range enters [lo, hi] from outside, so at lo (its pieces are contiguous on the circle).
        return member(lo, s, e) ? lo : null;
    }
}
