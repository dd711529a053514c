package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;
import ptprove.ir.Config;

/**
 * Replays at full width: the accelerated walk answers queries over 2^47-byte ranges with a handful of loop
 * iterations, and a query that would need to enumerate too much says "too large to replay" instead of hanging.
 */
class SixtyFourBitTest {
    static final Program P = Specs.resource("arm64_4k48.ptl");

    @Test
    void replaysCounterexamplesOverHugeRanges() {
        PropertyEval pe = new PropertyEval(P);
        Map<String, Long> whole = Map.of("start", 0xfffffdffffe00000L, "end", 0xffffffffffe00000L);
        PropertyEval.Result merged = pe.evaluate("vmemmap_free_spares_vmalloc", Config.EMPTY, Map.of(), whole);
        assertTrue(merged.assumptionsHold());
        assertTrue(merged.claim(), "the merged policy frees no vmalloc table");

        PropertyEval.Result naive = pe.evaluate("naive_spares_vmalloc", Config.EMPTY, Map.of(), whole);
        assertTrue(naive.violates());
        Witness w = naive.walks().get(0).witness();
        // vmemmap starts 2 MiB below a 1 GiB boundary that vmalloc's end shares a pmd table with
        assertEquals("pud", w.level().name(), w.toString());
        assertEquals(0xfffffdffc0000000L, w.visit().entryBase());
    }

    @Test
    void acceleratedQueriesStaySmall() {
        Evaluator ev = new Evaluator(P, Config.EMPTY, Map.of());
        WalkQueries all = ev.walk(ev.policy("naive"), 0, 0);
        LevelValue pmd = new LevelValue(ev.geometry("arm64"), 2);
        assertTrue(all.mayFree(pmd, 0xffff800012345678L));
        assertTrue(all.lastIterations() <= 3, "iterations " + all.lastIterations());
        WalkQueries w = ev.walk(ev.policy("free_empty_tables", 0xfffffdffffe00000L, 0xffffffffffe00000L),
                0xfffffdffffe00000L, 0xffffffffffe00000L);
        assertFalse(w.freesTableOf(ev.region("vmalloc")).isPresent());
        assertTrue(w.lastIterations() < 20, "iterations " + w.lastIterations());
    }

    @Test
    void exhaustiveSearchesAreTooLargeToReplayNotHangs() {
        PropertyEval pe = new PropertyEval(P, Limits.DEFAULT.withWalkIterations(50_000));
        EvalException e = assertThrows(EvalException.class, () -> pe.evaluate("never_frees", Config.EMPTY, Map.of(),
                Map.of("start", 0L, "end", 0L)));
        assertEquals(EvalException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("too large to replay: the walk never[].over(0x0, 0x0)"), e.getMessage());
        // a small range is fine
        assertTrue(pe.evaluate("never_frees", Config.EMPTY, Map.of(), Map.of("start", 0x1000L, "end", 0x9000L))
                .claim());
    }
}
