package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;

/** Hand-computed visit sequences of the kernel's do-while walk on an 8-bit, three-level toy. */
class WalkTest {

    // top entries 0x40 bytes, mid entries 0x10, leaf entries 4.
    static final Program P = Specs.text("""
            address_bits 8;
            param KEEP in {false, true};
            pagetable t { va_bits 8; level top shift 6; level mid shift 4; level leaf shift 2; }
            region boot = [0x90, 0x94) permanent if KEEP;
            teardown all() on t { free below L when true; }
            teardown aligned_mid() on t { free below mid when walk.start == entry_base(mid, walk.start); }
            """);

    private static Evaluator ev(boolean keep) {
        return new Evaluator(P, Specs.config(P, "KEEP=" + keep), Map.of());
    }

    private static String visits(List<Visit> vs) {
        return vs.stream().map(v -> v.level().name() + "[" + Long.toHexString(v.start()) + ","
                + Long.toHexString(v.end()) + ")").collect(Collectors.joining(" "));
    }

    private static String literal(long start, long end, LoopExit exit) {
        Evaluator e = ev(false);
        return visits(e.walk(e.policy("all"), start, end).literalVisits(exit));
    }

    @Test
    void ordinaryRangeClipsEachEntryAndVisitsAfterTheChildren() {
        assertEquals("mid[10,20) mid[20,30) mid[30,40) top[10,40) mid[40,50) top[40,50)",
                literal(0x10, 0x50, LoopExit.NOT_EQUAL));
        assertEquals("mid[18,20) mid[20,25) top[18,25)", literal(0x18, 0x25, LoopExit.NOT_EQUAL));
    }

    @Test
    void startAboveEndRunsEachLoopOnceWithTheRangeUnchanged() {
        assertEquals("mid[50,10) top[50,10)", literal(0x50, 0x10, LoopExit.NOT_EQUAL));
        assertEquals("mid[50,50) top[50,50)", literal(0x50, 0x50, LoopExit.NOT_EQUAL));
    }

    @Test
    void zeroToZeroWalksTheWholeSpace() {
        String all = literal(0, 0, LoopExit.NOT_EQUAL);
        assertEquals(20, all.split(" ").length);
        assertTrue(all.startsWith("mid[0,10) mid[10,20) mid[20,30) mid[30,40) top[0,40) mid[40,50)"), all);
        assertTrue(all.endsWith("mid[e0,f0) mid[f0,0) top[c0,0)"), all);
    }

    @Test
    void endZeroMeansTheTop() {
        assertEquals("mid[e8,f0) mid[f0,0) top[e8,0)", literal(0xe8, 0, LoopExit.NOT_EQUAL));
        assertEquals("mid[e8,f0) mid[f0,ff) top[e8,ff)", literal(0xe8, 0xff, LoopExit.NOT_EQUAL));
        assertEquals("mid[f8,0) top[f8,0)", literal(0xf8, 0, LoopExit.NOT_EQUAL));
    }

    @Test
    void arm64LoopExitStopsEarlyOnlyWhenEndIsTheTop() {
        assertEquals("mid[e8,f0) top[e8,0)", literal(0xe8, 0, LoopExit.BELOW));
        assertEquals("mid[0,10) mid[10,20) mid[20,30) mid[30,40) top[0,40)", literal(0, 0, LoopExit.BELOW));
        for (long[] r : new long[][] {{0x10, 0x50}, {0x50, 0x10}, {0x50, 0x50}, {0xe8, 0xff}, {0, 0xff}}) {
            assertEquals(literal(r[0], r[1], LoopExit.NOT_EQUAL), literal(r[0], r[1], LoopExit.BELOW));
        }
    }

    @Test
    void guardsSeeTheClippedSubRangeAndLevelsWithoutAClauseAreNeverFreed() {
        Evaluator e = ev(false);
        WalkQueries w = e.walk(e.policy("aligned_mid"), 0x18, 0x50);
        LevelValue top = new LevelValue(e.geometry("t"), 0), mid = new LevelValue(e.geometry("t"), 1),
                leaf = new LevelValue(e.geometry("t"), 2);
        assertFalse(w.mayFree(mid, 0x1c), "the first sub-range starts at 0x18, inside its entry");
        assertTrue(w.mayFree(mid, 0x20));
        assertTrue(w.mayFree(mid, 0x4f));
        assertFalse(w.mayFree(mid, 0x50), "not walked");
        assertFalse(w.mayFree(mid, 0x0f), "not walked");
        assertFalse(w.mayFree(top, 0x20), "no clause for top");
        assertFalse(w.mayFree(leaf, 0x20), "no table below the leaf");
        List<Visit> trace = w.trace(mid, 0x44);
        assertEquals("mid[40,50) top[40,50)", visits(trace));
        assertEquals(null, trace.get(1).guard());
        assertEquals(true, trace.get(0).guard());
    }

    @Test
    void permanentRegionsKeepEveryTableCoveringThem() {
        Evaluator e = ev(true);
        WalkQueries w = e.walk(e.policy("all"), 0, 0);
        LevelValue top = new LevelValue(e.geometry("t"), 0), mid = new LevelValue(e.geometry("t"), 1);
        assertFalse(w.mayFree(mid, 0x93));
        assertFalse(w.mayFree(top, 0x80));
        assertTrue(w.mayFree(mid, 0xa0));
        assertTrue(w.mayFree(top, 0x40));
        assertEquals("boot", w.trace(mid, 0x91).get(0).keptBy());
        Evaluator off = ev(false);
        assertTrue(off.walk(off.policy("all"), 0, 0).mayFree(new LevelValue(off.geometry("t"), 1), 0x93));
    }

    @Test
    void existentialSearchAndWitnessCheck() {
        Evaluator e = ev(false);
        WalkQueries w = e.walk(e.policy("aligned_mid"), 0x18, 0x50);
        RegionValue low = new RegionValue("low", 0x00, 0x1c), high = new RegionValue("high", 0x4c, 0x60);
        assertFalse(w.freesTableOf(low).isPresent(), "the only table of 'low' the walk visits is not freeable");
        Witness found = w.freesTableOf(high).orElseThrow();
        assertEquals("mid", found.level().name());
        assertEquals(0x40, found.address());
        assertEquals(0x4c, found.otherAddress());
        assertEquals(0x20, w.freesAny().orElseThrow().address());

        LevelValue mid = new LevelValue(e.geometry("t"), 1);
        WitnessCheck ok = w.check(mid, 0x45, 0x4dL, high);
        assertTrue(ok.holds(), ok.explanation());
        assertEquals("mid[40,50) top[40,50)", visits(ok.trace()));
        WitnessCheck bad = w.check(null, 0x19, 0x1aL, low);
        assertFalse(bad.holds());
        assertTrue(bad.explanation().contains("mid: visited, but not freeable"), bad.explanation());
        assertFalse(w.check(mid, 0x45, 0x55L, high).holds(), "0x55 is under another mid entry");
    }

    /** A level of another pagetable is never visited by this walk (elaborate reads it by ordinal instead). */
    @Test
    void aLevelOfAnotherPagetableIsRejectedBeforeAnyWalk() {
        // may_free(L, a) with L of another pagetable has no meaning for this walk: the checker refuses it
        ptprove.TestSpecs.Checked c = ptprove.TestSpecs.check("""
                address_bits 8;
                pagetable t { va_bits 8; level top shift 6; level mid shift 4; level leaf shift 2; }
                pagetable u { va_bits 8; level big shift 7; level small shift 5; level tiny shift 3; }
                teardown all() on t { free below L when true; }
                theorem cross: forall s, e, a: !all().over(s, e).may_free(big, a);
                """);
        assertEquals(java.util.List.of("PTL0206@5:59"), c.codes());
    }

    @Test
    void leafLoopIterationsAreVisitsForClearsLeaf() {
        Evaluator e = ev(true);
        WalkQueries w = e.walk(e.policy("all"), 0x18, 0x25);
        assertEquals("leaf[18,1c) leaf[1c,20) mid[18,20) leaf[20,24) leaf[24,25) mid[20,25) top[18,25)",
                visits(w.literalVisits(LoopExit.NOT_EQUAL, true)));
        Geometry g = e.geometry("t");
        LevelValue leaf = new LevelValue(g, 2), mid = new LevelValue(g, 1), top = new LevelValue(g, 0);
        assertTrue(w.clearsLeaf(leaf, 0x24) && w.clearsLeaf(leaf, 0x18) && w.clearsLeaf(leaf, 0x27));
        assertFalse(w.clearsLeaf(leaf, 0x28) || w.clearsLeaf(leaf, 0x17));
        // a block is cleared whole when any part of it is touched; a permanent region does not stop it
        assertTrue(w.clearsLeaf(mid, 0x2f) && w.clearsLeaf(mid, 0x10) && w.clearsLeaf(top, 0x3f));
        assertFalse(w.clearsLeaf(mid, 0x30) || w.clearsLeaf(top, 0x40));
        assertTrue(e.walk(e.policy("all"), 0x90, 0x94).clearsLeaf(leaf, 0x93), "inside the permanent region");
    }

    @Test
    void acceleratedQueriesRunFewIterations() {
        Evaluator e = ev(false);
        WalkQueries w = e.walk(e.policy("all"), 0, 0);
        assertTrue(w.mayFree(new LevelValue(e.geometry("t"), 1), 0xb7));
        assertTrue(w.lastIterations() <= 2, "iterations: " + w.lastIterations());
        w.literalVisits(LoopExit.NOT_EQUAL);
        assertEquals(4 + 16 + 64, w.lastIterations(), "the literal walk runs every loop, the leaf's included");
    }
}
