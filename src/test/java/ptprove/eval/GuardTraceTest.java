package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;

/**
 * The trace of a guard, against numbers worked out by hand. The range is the naive policy's smallest
 * counterexample on v5.4 4K/48: one page at VMEMMAP_START = 0xfffffdffffe00000, inside the pgd entry
 * [0xfffffd8000000000, 0xfffffe0000000000) that vmalloc's tail shares.
 */
class GuardTraceTest {
    private static final long VMEMMAP_START = 0xfffffdffffe00000L;
    private static final long VMEMMAP_END = 0xffffffffffe00000L; // + 2^41 (vmemmap size for 48 bits, 4K pages)
    private static final long PGDIR_MASK = 0xffffff8000000000L;  // ~(2^39 - 1)

    private static Evaluator v504(Program p) {
        return new Evaluator(p, Specs.config(p, "ERA=504", "PAGE_SHIFT=12", "VA_BITS=48"), Map.of());
    }

    /** The visit of the pgd entry holding {@code start} by {@code policy} over one page at {@code start}. */
    private static Visit pgdVisit(WalkQueries walk, Evaluator ev, long start) {
        Geometry g = ev.geometry("arm64");
        LevelValue pgd = new LevelValue(g, g.nonLeafPresent().get(0).ordinal());
        assertEquals("pgd", pgd.name());
        for (Visit v : walk.trace(pgd, start)) if (v.level().equals(pgd)) return v;
        throw new AssertionError("the walk never visits the pgd entry of " + Long.toHexString(start));
    }

    @Test
    void mergedPolicyRefusesThePgdTableBelowFloor() {
        Program p = Specs.library("specs/arm64/hotremove.ptl");
        Evaluator ev = v504(p);
        assertEquals(VMEMMAP_START, ev.let("VMEMMAP_START"));
        assertEquals(VMEMMAP_END, ev.let("VMEMMAP_END"));
        WalkQueries walk = ev.walk(ev.policy("free_empty_tables", VMEMMAP_START, VMEMMAP_END), VMEMMAP_START,
                VMEMMAP_START + 0x1000);
        List<TraceStep> steps = ev.traceGuard(walk.value(), pgdVisit(walk, ev, VMEMMAP_START), 64);

        assertEquals(4, steps.size(), steps.toString());
        TraceStep guard = steps.get(0);
        assertEquals(45, guard.span().line());
        assertEquals(0, guard.depth());
        assertEquals("free below L when pgtable_range_aligned(walk.start, walk.end, floor, ceiling, mask(L))",
                guard.source());
        assertEquals(Map.of("walk.start", "0xfffffdffffe00000", "walk.end", "0xfffffdffffe01000",
                "floor", "0xfffffdffffe00000", "ceiling", "0xffffffffffe00000", "L", "pgd"), guard.values());
        assertEquals(List.of("walk.start", "walk.end", "floor", "ceiling", "L"), List.copyOf(guard.values().keySet()));
        assertEquals("false", guard.result());

        // start &= PGDIR_MASK: 0xfffffdffffe00000 & 0xffffff8000000000 = 0xfffffd8000000000
        assertStep(steps.get(1), 21, "start &= mask;", Map.of("start", "0xfffffdffffe00000",
                "mask", "0x" + Long.toHexString(PGDIR_MASK)), "start=0xfffffd8000000000");
        // 0xfffffd8000000000 < floor: the pgd table also maps what lies below vmemmap, so it is kept
        assertStep(steps.get(2), 22, "if (start < floor)",
                Map.of("start", "0xfffffd8000000000", "floor", "0xfffffdffffe00000"), "true");
        assertStep(steps.get(3), 23, "return false;", Map.of(), "false");
    }

    @Test
    void naivePolicyGuardIsOneStep() {
        Program p = Specs.library("specs/arm64/hotremove-naive.ptl");
        Evaluator ev = v504(p);
        WalkQueries walk = ev.walk(ev.policy("free_empty_tables"), VMEMMAP_START, VMEMMAP_START + 0x1000);
        List<TraceStep> steps = ev.traceGuard(walk.value(), pgdVisit(walk, ev, VMEMMAP_START), 64);
        assertEquals(1, steps.size(), steps.toString());
        assertStep(steps.get(0), 16, "free below L when true", Map.of(), "true");
    }

    @Test
    void aLongChainIsCutAndSaysSo() {
        Program p = Specs.library("specs/arm64/hotremove.ptl");
        Evaluator ev = v504(p);
        long start = 0xfffffe0000000000L; // a pgd entry wholly inside [floor, ceiling): every statement runs
        WalkQueries walk = ev.walk(ev.policy("free_empty_tables", VMEMMAP_START, VMEMMAP_END), start, start + 0x1000);
        List<TraceStep> all = ev.traceGuard(walk.value(), pgdVisit(walk, ev, start), 64);
        assertEquals("true", all.get(0).result());
        assertEquals("return true;", all.get(all.size() - 1).source());
        List<TraceStep> cut = ev.traceGuard(walk.value(), pgdVisit(walk, ev, start), 3);
        assertEquals(4, cut.size());
        assertEquals("... " + (all.size() - 3) + " more steps not shown", cut.get(3).source());
    }

    private static void assertStep(TraceStep s, int line, String source, Map<String, String> values, String result) {
        assertEquals(line, s.span().line(), s.toString());
        assertEquals(line == 16 ? 0 : 1, s.depth(), "the guard itself, or a statement of the fn it calls");
        assertEquals(source, s.source());
        assertEquals(values, s.values());
        assertEquals(result, s.result());
    }
}
