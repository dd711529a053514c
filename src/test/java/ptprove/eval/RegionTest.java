package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;

/** Region facts against brute force over all 256 addresses of an 8-bit space, wrapping ranges included. */
class RegionTest {
    private static final Bits BITS = new Bits(8);
    private static final Ranges R = new Ranges(BITS);

    private static boolean[] members(long s, long e) {
        boolean[] m = new boolean[256];
        for (long k = 0; k < BITS.sub(e, s); k++) m[(int) BITS.add(s, k)] = true;
        return m;
    }

    @Property(tries = 3000)
    void factsMatchBruteForce(@ForAll @IntRange(max = 255) int s1, @ForAll @IntRange(max = 255) int e1,
                              @ForAll @IntRange(max = 255) int s2, @ForAll @IntRange(max = 255) int e2,
                              @ForAll @IntRange(max = 7) int shift) {
        boolean[] m1 = members(s1, e1), m2 = members(s2, e2);
        boolean overlaps = false, within = true, share = false;
        for (int a = 0; a < 256; a++) {
            assertEquals(m1[a], R.member(a, s1, e1));
            overlaps |= m1[a] && m2[a];
            within &= !m1[a] || m2[a];
            for (int b = 0; b < 256 && m1[a]; b++) share |= m2[b] && (a >> shift) == (b >> shift);
        }
        assertEquals(overlaps, R.overlaps(s1, e1, s2, e2), "overlaps");
        assertEquals(within, R.within(s1, e1, s2, e2), "within");
        assertEquals(share, R.shareEntry(s1, e1, s2, e2, shift), "shareEntry");
    }

    @Test
    void membershipWithEndZeroAndEmptyRegions() {
        Program p = Specs.text("""
                address_bits 8;
                pagetable t { va_bits 8; level top shift 6; level mid shift 4; level leaf shift 2; }
                region top_half = [0x80, 0);
                region empty    = [0x20, 0x20);
                region low      = [0x00, 0x41);
                region wrap     = [0xf0, 0x10);
                region tail     = [0xf8, 0x04);
                region edge     = [0x7f, 0x80);
                region above    = [0x80, 0x81);
                let A = 0xff in top_half && !(0x7f in top_half) && 0x80 in top_half;
                let B = !(0x20 in empty) && empty.size == 0 && top_half.size == 0x80 && wrap.size == 0x20;
                let C = !overlaps(empty, low) && overlaps(wrap, low) && !overlaps(top_half, low);
                let D = empty within low && !(low within wrap) && tail within wrap;
                let E = shares_table(low, edge) && !shares_table(low, above);
                let F = shares_table(wrap, top_half) && !shares_table(empty, low);
                """);
        Evaluator ev = Specs.eval(p);
        for (String let : new String[] {"A", "B", "C", "D", "E", "F"}) assertEquals(true, ev.let(let), let);
    }
}
