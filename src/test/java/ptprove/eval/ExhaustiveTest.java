package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.result.Verdict;

/** The exhaustive oracle: verdicts, first violations and witnesses, vacuity, budgets. */
class ExhaustiveTest {

    @Test
    void verdictsOnTheEightBitToy() {
        Program p = Specs.resource("props8.ptl");
        Map<String, String> got = new LinkedHashMap<>();
        for (Exhaustive.Outcome o : new Exhaustive(p).run()) got.put(o.property().name().text(), o.toString());
        assertEquals("levels_are_sane: proved", got.get("levels_are_sane"));
        assertEquals("some_level_is_folded: unwitnessed", got.get("some_level_is_folded"));
        assertEquals("nested_finite: proved", got.get("nested_finite"));
        assertEquals("nested_values: refuted at K=0x0 x=0xe", got.get("nested_values"));
        assertEquals("all_spares_movable: refuted at K=0x0 a=0x0", got.get("all_spares_movable"));
        assertEquals("nothing_frees: proved", got.get("nothing_frees"));
        assertEquals("fixed_is_kept: proved", got.get("fixed_is_kept"));
        assertEquals("movable_free_witness: witnessed at K=0x0 a=0x8", got.get("movable_free_witness"));
        assertEquals("only_when_k_small: vacuous", got.get("only_when_k_small"));
        assertEquals(9, got.size());
    }

    @Test
    void decisionsReplayUnderPropertyEval() {
        Program p = Specs.resource("props8.ptl");
        PropertyEval pe = new PropertyEval(p);
        for (Exhaustive.Outcome o : new Exhaustive(p).run()) {
            if (o.verdict() != Verdict.REFUTED && o.verdict() != Verdict.WITNESSED) continue;
            Map<String, Long> vars = Map.of("K", o.assignment().get("K"));
            PropertyEval.Result r = pe.evaluate(o.property(), o.config(), vars, o.assignment());
            assertTrue(o.verdict() == Verdict.REFUTED ? r.violates() : r.witnesses(), o.toString());
        }
    }

    @Test
    void pruningNeverChangesWhatIsCounted() {
        Program p = Specs.text("""
                address_bits 8;
                var V where V < 3;
                theorem t: forall a, b where b < 4 && a < b && V != 1: a + b < 7;
                example e: exists a where a == V * 2 && V == 2: a == 4;
                """);
        Exhaustive ex = new Exhaustive(p);
        Exhaustive.Outcome t = ex.run(new PropertyEval(p).property("t"), Config.EMPTY);
        assertEquals(Verdict.PROVED, t.verdict());
        assertEquals(2 * 6, t.assumptionsHeld(), "V in {0, 2}, and 6 pairs a < b < 4");
        Exhaustive.Outcome e = ex.run(new PropertyEval(p).property("e"), Config.EMPTY);
        assertEquals("e: witnessed at V=0x2 a=0x4", e.toString());
    }

    @Test
    void configurationsAndPropertyConditions() {
        Program p = Specs.text("""
                address_bits 8;
                param N in {1, 2, 3, 2};
                param F in {false, true};
                require N != 3 || F;
                theorem small if N < 3: forall a in [0, 4): a * N < 8;
                example big: exists a: a * N == 9;
                """);
        List<String> got = new Exhaustive(p).run().stream().map(Exhaustive.Outcome::toString).toList();
        assertEquals(List.of(
                "small [N=1 F=false]: proved", "small [N=1 F=true]: proved",
                "small [N=2 F=false]: proved", "small [N=2 F=true]: proved",
                "big [N=1 F=false]: witnessed at a=0x9", "big [N=1 F=true]: witnessed at a=0x9",
                "big [N=2 F=false]: unwitnessed", "big [N=2 F=true]: unwitnessed",
                "big [N=3 F=true]: witnessed at a=0x3"), got);
    }

    @Test
    void budgetsAndIllFormedConfigurationsBecomeVerdictsNotHangs() {
        Program p = Specs.text("""
                address_bits 16;
                param S in {4, 12};
                pagetable t { va_bits 16; level top shift 8; level leaf shift S; }
                theorem commutes: forall a, b: a + b == b + a;
                theorem geometry: forall L in t: shift(L) < 16;
                """);
        Exhaustive ex = new Exhaustive(p, Limits.DEFAULT.withAssignments(10_000));
        List<Exhaustive.Outcome> out = ex.run();
        assertEquals(Verdict.UNKNOWN, out.get(0).verdict());
        assertTrue(out.get(0).reason().contains("too large"), out.get(0).reason());
        assertEquals(Verdict.PROVED, out.get(2).verdict());
        assertEquals(Verdict.ERROR, out.get(3).verdict());
        assertTrue(out.get(3).reason().contains("shift 12 is not below the shift 8"), out.get(3).reason());
    }
}
