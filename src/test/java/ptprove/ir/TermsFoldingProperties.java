package ptprove.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import ptprove.source.Span;

/** Constant folding agrees with arbitrary-precision arithmetic reduced mod 2^w, for every operator and width. */
class TermsFoldingProperties {

    @Provide
    Arbitrary<Long> values() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, 1L, -1L, 63L, 64L, 65L, Long.MIN_VALUE, 0xffffL));
    }

    @Property(tries = 3000)
    void foldMatchesBigInteger(@ForAll("values") long x, @ForAll("values") long y,
                               @ForAll @IntRange(min = 8, max = 64) int w) {
        BigInteger mod = BigInteger.ONE.shiftLeft(w);
        BigInteger a = BigInteger.valueOf(x).and(mod.subtract(BigInteger.ONE));
        BigInteger b = BigInteger.valueOf(y).and(mod.subtract(BigInteger.ONE));
        for (Op op : new Op[] {Op.ADD, Op.SUB, Op.MUL, Op.UDIV, Op.UREM, Op.SHL, Op.LSHR, Op.BVAND, Op.BVOR, Op.BVXOR}) {
            BigInteger expected = switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.subtract(b);
                case MUL -> a.multiply(b);
                case UDIV -> b.signum() == 0 ? mod.subtract(BigInteger.ONE) : a.divide(b);
                case UREM -> b.signum() == 0 ? a : a.remainder(b);
                case SHL -> b.compareTo(BigInteger.valueOf(w)) >= 0 ? BigInteger.ZERO : a.shiftLeft(b.intValue());
                case LSHR -> b.compareTo(BigInteger.valueOf(w)) >= 0 ? BigInteger.ZERO : a.shiftRight(b.intValue());
                case BVAND -> a.and(b);
                case BVOR -> a.or(b);
                default -> a.xor(b);
            };
            long want = expected.mod(mod).longValue();
            assertEquals(want, Terms.fold(op, x, y, w), op + " w=" + w + " x=" + x + " y=" + y);
            Term t = Terms.bin(op, Terms.bv(x, w, Span.SYNTHETIC), Terms.bv(y, w, Span.SYNTHETIC), Span.SYNTHETIC);
            assertEquals(want, Terms.value(t), "smart constructor " + op);
        }
        boolean ult = a.compareTo(b) < 0;
        assertEquals(ult, Terms.boolValue(Terms.ult(Terms.bv(x, w, Span.SYNTHETIC), Terms.bv(y, w, Span.SYNTHETIC), Span.SYNTHETIC)));
        assertEquals(a.compareTo(b) <= 0, Terms.boolValue(Terms.ule(Terms.bv(x, w, Span.SYNTHETIC), Terms.bv(y, w, Span.SYNTHETIC), Span.SYNTHETIC)));
    }

    @Property(tries = 500)
    void simplificationsPreserveMeaning(@ForAll("values") long x, @ForAll @IntRange(min = 8, max = 64) int w) {
        Term v = Terms.var("v", w, Span.SYNTHETIC);
        // identities the constructor applies must not change what a term denotes
        assertEquals(v, Terms.bin(Op.ADD, v, Terms.bv(0, w, Span.SYNTHETIC), Span.SYNTHETIC));
        assertEquals(0L, Terms.value(Terms.bin(Op.BVAND, v, Terms.bv(0, w, Span.SYNTHETIC), Span.SYNTHETIC)));
        assertEquals(0L, Terms.value(Terms.bin(Op.SHL, v, Terms.bv(w, w, Span.SYNTHETIC), Span.SYNTHETIC)));
        Term c = Terms.bv(x, w, Span.SYNTHETIC);
        assertEquals(x & Terms.mask(w), Terms.value(c));
    }
}
