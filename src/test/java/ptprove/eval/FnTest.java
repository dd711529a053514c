package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;

/** Fn bodies run imperatively: early returns, nested ifs, compound assignment, block locals, bool locals. */
class FnTest {

    private static final Program P = Specs.text("""
            address_bits 16;

            // transcribed from arch/arm64/mm/mmu.c
            fn pgtable_range_aligned(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start < floor)
                return false;
              if (ceiling) {
                ceiling &= mask;
                if (!ceiling)
                  return false;
              }
              if (end - 1 > ceiling - 1)
                return false;
              return true;
            }

            fn classify(x) {
              if (x < 10) {
                if (x < 5) return 1;
                else if (x == 7) return 7;
                return 2;
              } else {
                unsigned long y = x;
                y -= 10;
                if (y) {
                  y *= 3;
                  return y;
                }
              }
              return 99;
            }

            fn compound(x, y) {
              unsigned long a = x;
              a += y;  a *= 3;  a -= 1;  a /= 2;  a %= 1000;
              a <<= 2; a >>= 1; a &= 0xfff; a |= 0x1000; a ^= y;
              return a;
            }

            fn first_return_wins(x) {
              if (x) return 1;
              return 2;
              }

            fn shadow(x) {
              unsigned long r = 1;
              if (x) {
                unsigned long r2 = 5;
                r = r2 + x;
              }
              { unsigned long inner = 100; r += inner; }
              return r;
            }

            fn flags(x): bool {
              bool big = x > 100;
              bool odd = (x & 1) != 0;
              if (big) odd = !odd;
              return odd;
            }

            fn div0(x) { unsigned long q = x; q /= 0; return q; }
            fn expr_body(a, b) = a > b ? a - b : b - a;
            fn nested_calls(x) = expr_body(classify(x), compound(x, 1));
            """);

    private final Evaluator ev = Specs.eval(P);

    private long call(String fn, long... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) a[i] = args[i];
        return (Long) ev.call(fn, a);
    }

    @Test
    void earlyReturnsAndNestedIfs() {
        assertEquals(1, call("classify", 3));
        assertEquals(7, call("classify", 7));
        assertEquals(2, call("classify", 8));
        assertEquals(99, call("classify", 10));
        assertEquals(6, call("classify", 12));
        assertEquals(1, call("first_return_wins", 5));
        assertEquals(2, call("first_return_wins", 0));
    }

    @Test
    void compoundAssignmentUsesEveryOperator() {
        for (long x : new long[] {0, 1, 7, 0x1234, 0xffff}) {
            for (long y : new long[] {0, 3, 0xffff}) {
                assertEquals(compoundJava(x, y), call("compound", x, y), "compound(" + x + ", " + y + ")");
            }
        }
        assertEquals(0xffff, call("div0", 5));
    }

    private static long compoundJava(long x, long y) {
        long m = 0xffff;
        long a = x;
        a = (a + y) & m;
        a = (a * 3) & m;
        a = (a - 1) & m;
        a = a / 2;
        a = a % 1000;
        a = (a << 2) & m;
        a = a >>> 1;
        a &= 0xfff;
        a |= 0x1000;
        a ^= y;
        return a & m;
    }

    @Test
    void blockLocalsAndBoolLocals() {
        assertEquals(101, call("shadow", 0));
        assertEquals(108, call("shadow", 3));
        assertEquals(true, ev.call("flags", 3L));
        assertEquals(false, ev.call("flags", 103L));
        assertEquals(true, ev.call("flags", 102L));
        assertEquals(5, call("expr_body", 2, 7));
        assertEquals(compoundJava(12, 1) - 6, call("nested_calls", 12));
    }

    /** The kernel function, in Java, on 16-bit unsigned values. */
    static boolean pgtableRangeAlignedJava(long start, long end, long floor, long ceiling, long mask) {
        long m = 0xffff;
        start &= mask;
        if (start < floor) return false;
        if (ceiling != 0) {
            ceiling &= mask;
            if (ceiling == 0) return false;
        }
        if (((end - 1) & m) > ((ceiling - 1) & m)) return false;
        return true;
    }

    @Property(tries = 3000)
    void pgtableRangeAlignedMatchesTheKernelFunction(
            @ForAll @LongRange(max = 0xffff) long start, @ForAll @LongRange(max = 0xffff) long end,
            @ForAll @LongRange(max = 0xffff) long floor, @ForAll @LongRange(max = 0xffff) long ceiling,
            @ForAll @LongRange(min = 0, max = 15) long shift) {
        long mask = ~((1L << shift) - 1) & 0xffff;
        // Bias towards the edges the function is about: ceiling 0, aligned values, end == ceiling.
        long c = (ceiling & 3) == 0 ? 0 : ceiling;
        assertEquals(pgtableRangeAlignedJava(start, end, floor, c, mask),
                ev.call("pgtable_range_aligned", start, end, floor, c, mask));
        assertEquals(pgtableRangeAlignedJava(start & mask, c, floor & mask, c, mask),
                ev.call("pgtable_range_aligned", start & mask, c, floor & mask, c, mask));
    }
}
