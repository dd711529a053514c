package ptprove.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.TestSpecs;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;

/** The reference evaluator confirms a true counterexample, and rejects a wrong model fed to it. */
class ReplayerTest {
    private static final String SPEC = """
            address_bits 16;
            pagetable toy { va_bits 16; level top shift 12; level mid shift 8; level leaf shift 4; }
            region vmalloc = [0x8000, 0xc400);
            region vmemmap = [0xc800, 0xe000);
            teardown naive() on toy { free below L when true; }
            theorem spares: forall start, end where 0xc800 <= start && start < end && end <= 0xe000:
              !naive().over(start, end).frees_table_of(vmalloc);
            """;

    private static Outcome refutedWith(Obligation o, long start, long end) {
        List<Outcome.Value> model = new ArrayList<>();
        for (Obligation.Variable v : o.variables()) {
            long value = switch (v.label()) {
                case "start" -> start;
                case "end" -> end;
                default -> 0xc000;
            };
            model.add(new Outcome.Value(v, value));
        }
        return new Outcome(o, Verdict.REFUTED, 1, "fp", model, null);
    }

    @Test
    void confirmsARealCounterexampleInKernelTerms() {
        TestSpecs.Checked c = TestSpecs.check(SPEC);
        Obligation o = TestSpecs.obligations(SPEC).get(0);
        Replay r = new Replayer(c.program()).replay(refutedWith(o, 0xc800, 0xc900));
        assertEquals(Replay.Status.CONFIRMED, r.status(), r.explanation());
        Replay.Finding f = r.findings().get(0);
        assertEquals("top", f.level());
        assertEquals("top[12]", f.indexPath());
        assertEquals(0xc000, f.tableStart());
        assertEquals(0xd000, f.tableEnd());
        assertEquals("vmalloc", f.region());
        // the solver's own choice holds, so the kernel-terms lines describe it (they agree with the model lines)
        assertEquals(0xc000, f.address());
        assertEquals(0xc000L, f.otherAddress());
    }

    @Test
    void rejectsAWrongModel() {
        TestSpecs.Checked c = TestSpecs.check(SPEC);
        Obligation o = TestSpecs.obligations(SPEC).get(0);
        // [0xd000, 0xe000) lies in entries vmalloc never uses: no shared table, so this is no counterexample
        Replay r = new Replayer(c.program()).replay(refutedWith(o, 0xd000, 0xe000));
        assertEquals(Replay.Status.REJECTED, r.status());
        assertTrue(r.explanation().contains("claim evaluates to true"), r.explanation());
        // and a model violating the assumptions is rejected too
        Replay outside = new Replayer(c.program()).replay(refutedWith(o, 0x1000, 0x2000));
        assertEquals(Replay.Status.REJECTED, outside.status());
        assertTrue(outside.explanation().startsWith("the assumptions do not hold"), outside.explanation());
    }

    @Test
    void otherShapesTraceTheClaimAndTheFnsItCalls() {
        String spec = """
                address_bits 16;
                fn next(x): ulong {
                  x += 1;
                  return x;
                }
                theorem never_three: forall x where x < 16: next(x) != 3;
                """;
        TestSpecs.Checked c = TestSpecs.check(spec);
        Obligation o = TestSpecs.obligations(spec).get(0);
        List<Outcome.Value> model = new ArrayList<>();
        for (Obligation.Variable v : o.variables()) model.add(new Outcome.Value(v, 2));
        Replay r = new Replayer(c.program()).replay(new Outcome(o, Verdict.REFUTED, 1, "fp", model, null));
        assertEquals(Replay.Status.CONFIRMED, r.status(), r.explanation());
        assertTrue(r.findings().isEmpty());
        List<Replay.Step> t = r.trace();
        assertEquals(3, t.size(), t.toString());
        assertEquals(new Replay.Step(null, 6, 45, 0, "next(x) != 3", java.util.Map.of("x", "0x2"), "false"), t.get(0));
        assertEquals(new Replay.Step(null, 3, 3, 1, "x += 1;", java.util.Map.of("x", "0x2"), "x=0x3"), t.get(1));
        assertEquals(new Replay.Step(null, 4, 3, 1, "return x;", java.util.Map.of("x", "0x3"), "0x3"), t.get(2));
    }
}
