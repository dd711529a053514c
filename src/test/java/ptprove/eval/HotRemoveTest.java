package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.result.Verdict;

/**
 * The merged floor/ceiling guard ({@code pgtable_range_aligned}, transcribed from arch/arm64/mm/mmu.c) against the
 * naive "free whenever empty" policy on a 16-bit toy whose vmemmap ends inside a pgd entry, with vmalloc right
 * above it.
 */
class HotRemoveTest {
    static final Program P = Specs.resource("toy16.ptl");

    private static Exhaustive.Outcome outcome(String property) {
        Exhaustive ex = new Exhaustive(P);
        return ex.run(new PropertyEval(P).property(property), Config.EMPTY);
    }

    @Test
    void mergedPolicySparesVmallocForEveryRange() {
        Exhaustive.Outcome o = outcome("merged_spares_vmalloc");
        assertEquals(Verdict.PROVED, o.verdict(), o.toString());
        // every (start, end) pair of page-aligned addresses with start < end in the 2 KiB vmemmap
        assertEquals(128L * 129 / 2, o.assumptionsHeld());
    }

    @Test
    void naivePolicyFreesThePmdTableSharedWithVmalloc() {
        Exhaustive.Outcome o = outcome("naive_spares_vmalloc");
        assertEquals(Verdict.REFUTED, o.verdict(), o.toString());
        assertEquals(Map.of("start", 0x4000L, "end", 0x4010L), o.assignment());

        PropertyEval.Result r = new PropertyEval(P).evaluate("naive_spares_vmalloc", Config.EMPTY, Map.of(),
                o.assignment());
        assertTrue(r.violates());
        WalkRecord w = r.walks().get(0);
        assertEquals("pgd", w.witness().level().name(), w.describe());
        assertEquals(0x4800L, w.witness().otherAddress());
        assertTrue(w.describe().contains("visit pgd [0x4000, 0x4010)"), w.describe());

        // the witness a solver might have chosen instead: another address of vmalloc under the same pgd entry
        Evaluator again = new PropertyEval(P).evaluator(Config.EMPTY, Map.of());
        WitnessCheck c = again.walk(w.walk()).check(null, 0x4008, 0x4fffL, again.region("vmalloc"));
        assertTrue(c.holds(), c.explanation());
        assertEquals("pgd", c.level().name());
    }

    @Test
    void mergedPolicyStillFreesTablesSoTheTheoremIsNotVacuous() {
        Exhaustive.Outcome o = outcome("merged_frees_something");
        assertEquals(Verdict.WITNESSED, o.verdict(), o.toString());
        assertEquals(Verdict.VACUOUS, outcome("vacuous_one").verdict());
    }

    @Test
    void aSolverStyleCounterexampleIsReplayedAndItsWitnessChecked() {
        // What a solver might report for naive_spares_vmalloc: other values than the oracle's first one.
        Evaluator ev = new Evaluator(P, Config.EMPTY, Map.of());
        WalkQueries walk = ev.walk(ev.policy("naive"), 0x4700, 0x47f0);
        WitnessCheck c = walk.check(null, 0x4712, 0x4abcL, ev.region("vmalloc"));
        assertTrue(c.holds(), c.explanation());
        assertEquals("pgd", c.level().name());
        WitnessCheck wrong = walk.check(new LevelValue(ev.geometry("toy"), 1), 0x4712, 0x4abcL, ev.region("vmalloc"));
        assertFalse(wrong.holds(), "0x4abc is under another pmd entry");
        Evaluator ev2 = new Evaluator(P, Config.EMPTY, Map.of());
        WitnessCheck merged = ev2.walk(ev2.policy("free_empty_tables", 0x4000, 0x4800), 0x4700, 0x47f0)
                .check(null, 0x4712, 0x4abcL, ev2.region("vmalloc"));
        assertFalse(merged.holds(), merged.explanation());
    }

    /** Merged frees a subset of what naive frees, and (Catalin's argument) every table whose parent span lies
     *  inside both the removed range and [floor, ceiling). */
    @Property(tries = 1500)
    void mergedIsNaiveRestrictedToTablesInsideFloorAndCeiling(
            @ForAll @LongRange(min = 0x3f00, max = 0x4900) long s, @ForAll @LongRange(min = 0x3f00, max = 0x4900) long e,
            @ForAll @LongRange(min = 0x3000, max = 0x5fff) long a) {
        long start = s & ~0xfL, end = e & ~0xfL;
        Evaluator ev = new Evaluator(P, Config.EMPTY, Map.of());
        WalkQueries merged = ev.walk(ev.policy("free_empty_tables", 0x4000, 0x4800), start, end);
        WalkQueries naive = ev.walk(ev.policy("naive"), start, end);
        Geometry g = ev.geometry("toy");
        for (Geometry.Level l : g.nonLeafPresent()) {
            LevelValue lv = new LevelValue(g, l.ordinal());
            boolean m = merged.mayFree(lv, a);
            if (m) assertTrue(naive.mayFree(lv, a), "merged frees more than naive at " + l.name());
            long base = a & g.mask(l), top = base + g.span(l);
            boolean inside = start < end && base >= start && top <= end && base >= 0x4000 && top <= 0x4800;
            if (inside) assertTrue(m, "merged keeps a table wholly inside: " + l.name() + " " + Long.toHexString(a));
            boolean visited = !naive.trace(lv, a).isEmpty();
            if (start < end && visited && (base < 0x4000 || top > 0x4800)) {
                assertFalse(m, "merged frees outside floor/ceiling");
            }
        }
    }

    /** The guard's safety needs start < end: with start > end the walk degenerates to one visit per level
     *  with [start, end) unchanged, and {@code end - 1 > ceiling - 1} no longer catches the shared table. */
    @Test
    void mergedPolicyReliesOnStartBelowEnd() {
        Evaluator ev = new Evaluator(P, Config.EMPTY, Map.of());
        WalkQueries w = ev.walk(ev.policy("free_empty_tables", 0x4000, 0x4800), 0x4000, 0x3f00);
        Witness found = w.freesTableOf(ev.region("vmalloc")).orElseThrow();
        assertEquals("pgd", found.level().name());
        assertEquals(0x3f00L, found.visit().end());
    }

    @Test
    void pgtableRangeAlignedOnTheToyAgreesWithTheKernelFunction() {
        Evaluator ev = new Evaluator(P, Config.EMPTY, Map.of());
        for (long mask : List.of(0xf000L, 0xff00L, 0xfff0L)) {
            for (long start = 0x3f00; start <= 0x4900; start += 0x40) {
                for (long end = 0x3f00; end <= 0x4900; end += 0x40) {
                    assertEquals(FnTest.pgtableRangeAlignedJava(start, end, 0x4000, 0x4800, mask),
                            ev.call("pgtable_range_aligned", start, end, 0x4000L, 0x4800L, mask));
                }
            }
        }
    }
}
