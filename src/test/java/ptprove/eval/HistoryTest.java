package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;
import ptprove.syntax.ast.Decl;

/** Hand-computed histories on an 8-bit address space: the literal loops of eval/EventRunner. */
class HistoryTest {

    // pages of 0x10 bytes, blocks of 0x40; a byte-wise mark; a valid map per 4 bytes.
    static final Program P = Specs.text("""
            address_bits 8;
            state block: bool per 0x40 = false;
            state page:  bool per 0x10 = false;
            state mark:  bool per 1    = false;
            state valid: bool per 4    = false;
            state count: ulong per 0x10 = 0;
            view mapped: bool = block || page;

            event chunks(s, e) { for (a, n in [s, e) by 0x10) page = true; }
            event steps(s, e)  { for (a in [s, e) step 0x10) page = true; }
            event blocks(s, e) { for (a, n in [s, e) by 0x40) { block = true; mark[a, a + 3) = true; } }
            event head(s, e)   { for (a, n in [s, e) by 0x40) mark[round_down(a, 0x40) + 0x3c, a + 0x70) = true; }
            event nested(s, e) { for (a, n in [s, e) by 0x40) for (b, m in [a, n) by 0x10) page = true; }
            event validate(s, e) { valid[s, e) = true; }
            event unmap_if_unused(s, e) {
              valid[s, e) = false;
              for (a, n in [s, e) by 0x10) if (!any(valid)) page = false;
            }
            event mark_all(s, e) { for (a, n in [s, e) by 0x40) { mark = true; if (all(mark)) block = false; } }
            event counting(s, e) { for (a, n in [s, e) by 0x10) count += 1; }
            """);

    private static History run(String... calls) {
        Evaluator ev = Specs.eval(P);
        List<HistoryValue.EventCall> events = new java.util.ArrayList<>();
        for (String c : calls) {
            String name = c.substring(0, c.indexOf('('));
            String[] args = c.substring(c.indexOf('(') + 1, c.length() - 1).split(",");
            Decl.Event e = P.events().stream().filter(x -> x.name().text().equals(name)).findFirst().orElseThrow();
            List<Object> values = List.of(Long.decode(args[0].strip()), Long.decode(args[1].strip()));
            events.add(new HistoryValue.EventCall(e, values));
        }
        return ev.history(new HistoryValue(events));
    }

    private static Decl.State field(String name) {
        return P.states().stream().filter(s -> s.name().text().equals(name)).findFirst().orElseThrow();
    }

    private static boolean at(History h, String f, long a) { return (Boolean) h.read(field(f), a); }

    @Test
    void chunkLoopVisitsEveryPageTheRangeMeets() {
        History h = run("chunks(0x18, 0x31)");
        assertFalse(at(h, "page", 0x0f));
        assertTrue(at(h, "page", 0x10));   // [0x18, 0x20) meets the page at 0x10
        assertTrue(at(h, "page", 0x30));   // [0x30, 0x31) meets the page at 0x30
        assertFalse(at(h, "page", 0x40));
    }

    @Test
    void stepLoopFromAnUnalignedStartSkipsTheLastPage() {
        // addr = 0x18, 0x28; 0x38 >= 0x31: the page at 0x30 is never visited, as addr += PAGE_SIZE does
        History h = run("steps(0x18, 0x31)");
        assertTrue(at(h, "page", 0x10));
        assertTrue(at(h, "page", 0x20));
        assertFalse(at(h, "page", 0x30));
    }

    @Test
    void emptyOrInvertedRangesVisitNothing() {
        History h = run("chunks(0x30, 0x30)", "chunks(0x50, 0x20)", "steps(0x10, 0x0)");
        for (long a = 0; a < 0x100; a += 0x10) assertFalse(at(h, "page", a));
    }

    @Test
    void rangedWritesInALoopStayInsideTheChunk() {
        // in the block at 0x40 the write [0x7c, 0xb4) is clipped to [0x7c, 0x80)
        History h = run("head(0x44, 0x48)");
        assertFalse(at(h, "mark", 0x7b));
        assertTrue(at(h, "mark", 0x7c));
        assertTrue(at(h, "mark", 0x7f));
        assertFalse(at(h, "mark", 0x80));
    }

    @Test
    void nestedLoopWalksTheEnclosingSubRange() {
        History h = run("nested(0x38, 0x52)");
        assertFalse(at(h, "page", 0x20));
        assertTrue(at(h, "page", 0x30));
        assertTrue(at(h, "page", 0x40));
        assertTrue(at(h, "page", 0x50));
        assertFalse(at(h, "page", 0x60));
    }

    @Test
    void anyReadsEveryAddressOfTheChunk() {
        // the page at 0x10 keeps one valid 4-byte unit at 0x1c, so it stays; the page at 0x20 goes
        History h = run("chunks(0x10, 0x30)", "validate(0x10, 0x30)", "unmap_if_unused(0x10, 0x1c)",
                "unmap_if_unused(0x20, 0x30)");
        assertTrue(at(h, "page", 0x10));
        assertFalse(at(h, "page", 0x20));
    }

    @Test
    void allSeesEarlierMarksAndTheWriteBeforeIt() {
        History partly = run("blocks(0x40, 0x80)", "mark_all(0x40, 0x60)");
        assertTrue(at(partly, "block", 0x40));   // [0x60, 0x80) is not marked
        History whole = run("blocks(0x40, 0x80)", "mark_all(0x40, 0x60)", "mark_all(0x60, 0x80)");
        assertFalse(at(whole, "block", 0x40));
    }

    @Test
    void compoundAssignmentCountsPerChunk() {
        History h = run("counting(0x0, 0x20)", "counting(0x10, 0x11)");
        assertEquals(1L, h.read(field("count"), 0x00));
        assertEquals(2L, h.read(field("count"), 0x10));
        assertEquals(0L, h.read(field("count"), 0x20));
    }

    @Test
    void writesAreLoggedWithTheirChunkForReplay() {
        History h = run("blocks(0x44, 0x48)");
        List<History.Write> w = h.writesAt(List.of(field("block")), 0x50);
        assertEquals(1, w.size());
        assertEquals(new History.Chunk(0x40, 0x80, 0x40), w.get(0).chunk());
        assertEquals(0x40, w.get(0).lo());
        assertEquals(0x80, w.get(0).hi());
    }

    @Test
    void aLoopBeyondTheBudgetIsTooLargeToReplay() {
        Evaluator ev = new Evaluator(P, Specs.config(P), Map.of(), Limits.DEFAULT.withWalkIterations(4));
        Decl.Event chunks = P.events().get(0);
        EvalException e = assertThrows(EvalException.class,
                () -> ev.history(new HistoryValue(List.of(new HistoryValue.EventCall(chunks, List.of(0L, 0x80L))))));
        assertEquals(EvalException.Reason.TOO_LARGE, e.reason());
    }
}
