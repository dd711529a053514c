package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;

/** C unsigned-long arithmetic on w bits: wrapping, the fixed meaning of undefined cases, truncation, truthiness. */
class ArithmeticTest {

    private static final Program W16 = Specs.text("""
            address_bits 16;
            let WRAP_ADD  = 0xffff + 2;
            let WRAP_SUB  = 0 - 1;
            let WRAP_MUL  = 0x100 * 0x100;
            let NEG       = -1;
            let NEG_ZERO  = -0;
            let COMPL     = ~0x00f0;
            let DIV_ZERO  = 5 / 0;
            let MOD_ZERO  = 5 % 0;
            let DIV       = 0xffff / 2;
            let MOD       = 0xffff % 10;
            let SHL_W     = 1 << 16;
            let SHL_HUGE  = 1 << (0 - 1);
            let SHL_LAST  = 1 << 15;
            let SHL_OUT   = 0x00ff << 12;
            let SHR_W     = 0x8000 >> 16;
            let SHR       = 0x8000 >> 15;
            let TRUNC     = 0x12345;
            let TRUNC_BIG = 0x1_0000_0000_0000_0000_0000;
            let SZ_SMALL  = SZ_4K;
            let SZ_LARGE  = SZ_1M;
            let BIT_HIGH  = BIT(15);
            let BIT_OUT   = BIT(16);
            let MIN_U     = min(0 - 1, 1);
            let MAX_U     = max(0 - 1, 1);
            let RUP       = round_up(0x1001, 0x1000);
            let RUP_TOP   = round_up(0xf001, 0x1000);
            let RDOWN     = round_down(0x1fff, 0x1000);
            let CMP_U     = 0 - 1 > 1;
            let LT_EQ     = 3 <= 3 && 2 < 3 && !(3 < 3) && 4 >= 4 && 5 > 4;
            let NOT_NUM   = !0 && !(!7);
            let AND_NUM   = 2 && 4;
            let OR_NUM    = 0 || 0;
            let COND_NUM  = 0x10 ? 1 : 2;
            let COND_ZERO = 0 ? 1 : 2;
            let IMPL_1    = false ==> 1 == 2;
            let IMPL_2    = true ==> 1 == 2;
            let IN_SET    = 3 in {1, 2, 3};
            let IN_TUPLE  = (1, 2) in {(2, 1), (1, 2)};
            let NOT_TUPLE = (1, 2) in {(2, 1), (1, 3)};
            let IN_RANGE_WRAP = 0x0001 in [0xfff0, 0x0010);
            let IN_RANGE_TOP  = 0xffff in [0xfff0, 0);
            let OUT_EMPTY     = 5 in [5, 5);
            let ALIGNED_YES   = aligned(0x3000, 0x1000);
            let ALIGNED_NO    = aligned(0x3010, 0x1000);
            let PREC      = 1 + 2 * 3 << 1;
            let XOR_OR    = 0xf0 ^ 0xff | 0x100 & 0x1ff;
            """);

    private long n(String let) { return (Long) Specs.eval(W16).let(let); }
    private boolean b(String let) { return (Boolean) Specs.eval(W16).let(let); }

    @Test
    void wrapsModuloTwoToTheWidth() {
        assertEquals(1, n("WRAP_ADD"));
        assertEquals(0xffff, n("WRAP_SUB"));
        assertEquals(0, n("WRAP_MUL"));
        assertEquals(0xffff, n("NEG"));
        assertEquals(0, n("NEG_ZERO"));
        assertEquals(0xff0f, n("COMPL"));
    }

    @Test
    void divisionByZeroIsAllOnesAndRemainderIsTheDividend() {
        assertEquals(0xffff, n("DIV_ZERO"));
        assertEquals(5, n("MOD_ZERO"));
        assertEquals(0x7fff, n("DIV"));
        assertEquals(0xffff % 10, n("MOD"));
    }

    @Test
    void shiftsByTheWidthOrMoreGiveZero() {
        assertEquals(0, n("SHL_W"));
        assertEquals(0, n("SHL_HUGE"));
        assertEquals(0x8000, n("SHL_LAST"));
        assertEquals(0xf000, n("SHL_OUT"));
        assertEquals(0, n("SHR_W"));
        assertEquals(1, n("SHR"));
        assertEquals(0x8000, n("BIT_HIGH"));
        assertEquals(0, n("BIT_OUT"));
    }

    @Test
    void literalsAndSizeConstantsAreTruncated() {
        assertEquals(0x2345, n("TRUNC"));
        assertEquals(0, n("TRUNC_BIG"));
        assertEquals(0x1000, n("SZ_SMALL"));
        assertEquals(0, n("SZ_LARGE"));
    }

    @Test
    void helpersAreUnsigned() {
        assertEquals(1, n("MIN_U"));
        assertEquals(0xffff, n("MAX_U"));
        assertEquals(0x2000, n("RUP"));
        assertEquals(0, n("RUP_TOP"), "round_up wraps at the top, as the kernel's macro does");
        assertEquals(0x1000, n("RDOWN"));
        assertEquals(true, b("CMP_U"));
        assertEquals(true, b("LT_EQ"));
        assertEquals(true, b("ALIGNED_YES"));
        assertEquals(false, b("ALIGNED_NO"));
        assertEquals(14, n("PREC"));
        assertEquals((0xf0 ^ 0xff) | (0x100 & 0x1ff), n("XOR_OR"));
    }

    @Test
    void numbersAreTruthyInConditions() {
        assertEquals(true, b("NOT_NUM"));
        assertEquals(true, b("AND_NUM"));
        assertEquals(false, b("OR_NUM"));
        assertEquals(1, n("COND_NUM"));
        assertEquals(2, n("COND_ZERO"));
        assertEquals(true, b("IMPL_1"));
        assertEquals(false, b("IMPL_2"));
    }

    @Test
    void setsRangesAndTuples() {
        assertEquals(true, b("IN_SET"));
        assertEquals(true, b("IN_TUPLE"));
        assertEquals(false, b("NOT_TUPLE"));
        assertEquals(true, b("IN_RANGE_WRAP"));
        assertEquals(true, b("IN_RANGE_TOP"));
        assertEquals(false, b("OUT_EMPTY"));
    }

    @Test
    void sixtyFourBits() {
        Program p = Specs.text("""
                let A = 0xffffffffffffffff + 1;
                let B = 1 << 63;
                let C = (0 - 1) / 2;
                let D = 1 << 64;
                let E = (0 - 1) % 10;
                let F = 0 - 1 > 0x7fffffffffffffff;
                let G = -(1 << 47);
                """);
        Evaluator ev = Specs.eval(p);
        assertEquals(0L, ev.let("A"));
        assertEquals(Long.MIN_VALUE, ev.let("B"));
        assertEquals(Long.MAX_VALUE, ev.let("C"));
        assertEquals(0L, ev.let("D"));
        assertEquals(Long.remainderUnsigned(-1L, 10), ev.let("E"));
        assertEquals(true, ev.let("F"));
        assertEquals(0xffff800000000000L, ev.let("G"));
    }

    // ---------------------------------------------------------------- Bits against BigInteger arithmetic

    record Case(int w, long x, long y) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> widths = Arbitraries.of(8, 12, 16, 31, 32, 33, 63, 64);
        Arbitrary<Long> values = Arbitraries.oneOf(Arbitraries.longs(),
                Arbitraries.of(0L, 1L, 2L, -1L, 63L, 64L, 65L, Long.MIN_VALUE, Long.MAX_VALUE, 0xffffL, 0x10000L),
                Arbitraries.longs().between(0, 70));
        return Combinators.combine(widths, values, values).as(Case::new);
    }

    @Property(tries = 3000)
    void bitsAgreeWithExactArithmeticModuloTwoToTheW(@ForAll("cases") Case c) {
        Bits bits = new Bits(c.w());
        BigInteger mod = BigInteger.ONE.shiftLeft(c.w());
        long x = bits.of(c.x()), y = bits.of(c.y());
        BigInteger bx = unsigned(x), by = unsigned(y);
        assertEquals(bx.add(by).mod(mod), unsigned(bits.add(x, y)));
        assertEquals(bx.subtract(by).mod(mod), unsigned(bits.sub(x, y)));
        assertEquals(bx.multiply(by).mod(mod), unsigned(bits.mul(x, y)));
        assertEquals(bx.negate().mod(mod), unsigned(bits.neg(x)));
        assertEquals(mod.subtract(BigInteger.ONE).subtract(bx), unsigned(bits.not(x)));
        assertEquals(y == 0 ? mod.subtract(BigInteger.ONE) : bx.divide(by), unsigned(bits.div(x, y)));
        assertEquals(y == 0 ? bx : bx.mod(by), unsigned(bits.rem(x, y)));
        boolean wide = by.compareTo(BigInteger.valueOf(c.w())) >= 0;
        assertEquals(wide ? BigInteger.ZERO : bx.shiftLeft(by.intValue()).mod(mod), unsigned(bits.shl(x, y)));
        assertEquals(wide ? BigInteger.ZERO : bx.shiftRight(by.intValue()), unsigned(bits.shr(x, y)));
        assertEquals(bx.compareTo(by) < 0, bits.ult(x, y));
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }
}
