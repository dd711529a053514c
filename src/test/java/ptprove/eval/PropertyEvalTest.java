package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;
import ptprove.ir.Config;

/** Replaying single points of properties, as a solver's counterexamples will be. */
class PropertyEvalTest {
    static final Program P = Specs.resource("props8.ptl");
    private final PropertyEval pe = new PropertyEval(P);

    private PropertyEval.Result eval(String name, long k, Map<String, Long> bound) {
        return pe.evaluate(name, Config.EMPTY, Map.of("K", k), bound);
    }

    @Test
    void topLevelBindersAreThoseTheSolverMakesFree() {
        assertEquals(List.of(), pe.boundNames(pe.property("levels_are_sane")));
        assertEquals(List.of("x"), pe.boundNames(pe.property("nested_finite")));
        assertEquals(List.of("s", "e"), pe.boundNames(pe.property("nothing_frees")));
    }

    @Test
    void quantifiersOverLevelsAndFiniteSetsAreEnumerated() {
        assertTrue(eval("levels_are_sane", 0, Map.of()).claim());
        PropertyEval.Result folded = eval("some_level_is_folded", 0, Map.of());
        assertTrue(folded.assumptionsHold());
        assertFalse(folded.witnesses(), "forall L ranges over present levels only");
        assertTrue(eval("nested_finite", 0, Map.of("x", 7L)).claim());
        assertFalse(eval("nested_values", 0, Map.of("x", 0x0eL)).claim());
        assertTrue(eval("nested_values", 0, Map.of("x", 0x0dL)).claim());
    }

    @Test
    void assumptionsAreReportedOneByOne() {
        PropertyEval.Result r = eval("all_spares_movable", 3, Map.of("a", 0x40L));
        assertFalse(r.assumptionsHold());
        assertEquals(2, r.failedAssumptions().size(), r.failedAssumptions().toString());
        assertTrue(r.failedAssumptions().get(0).startsWith("var K: K != 3 (props8.ptl:"), r.failedAssumptions().get(0));
        assertTrue(r.failedAssumptions().get(1).startsWith("a in movable"), r.failedAssumptions().get(1));
        assertEquals(null, r.claim());
    }

    @Test
    void walksAreRecordedWithWitnessAndTrace() {
        PropertyEval.Result r = eval("all_spares_movable", 2, Map.of("a", 0x25L));
        assertTrue(r.violates());
        WalkRecord w = r.walks().get(0);
        assertTrue(w.value());
        assertEquals("mid", w.witness().level().name(), "children are visited before their parent");
        assertEquals(0x20L, w.witness().otherAddress());
        assertTrue(w.describe().contains("visit mid [0x20, 0x30)"), w.describe());
        assertTrue(w.describe().contains("visit top [0x20, 0x30)"), w.describe());

        PropertyEval.Result kept = eval("fixed_is_kept", 0, Map.of("a", 0xe4L));
        assertTrue(kept.claim());
        assertEquals(2, kept.walks().size());
        assertEquals("fixed", kept.walks().get(0).trace().get(0).keptBy());

        PropertyEval.Result ex = eval("movable_free_witness", 5, Map.of("a", 0x5aL));
        assertTrue(ex.witnesses());
        assertEquals(false, eval("movable_free_witness", 5, Map.of("a", 0x57L)).assumptionsHold());
    }

    @Test
    void missingValuesAreErrorsNotGuesses() {
        EvalException noVar = assertThrows(EvalException.class,
                () -> pe.evaluate("levels_are_sane", Config.EMPTY, Map.of(), Map.of()));
        assertEquals(EvalException.Reason.UNBOUND, noVar.reason());
        assertTrue(noVar.getMessage().contains("no value for var 'K'"), noVar.getMessage());
        EvalException noBound = assertThrows(EvalException.class, () -> eval("nothing_frees", 0, Map.of("s", 1L)));
        assertTrue(noBound.getMessage().contains("bound variable 'e'"), noBound.getMessage());
    }

    // ---------------------------------------------------------------- nested value quantifiers at 64 bits

    static final Program WIDE = Specs.text("""
            theorem deep: forall a: a != 5 ==> (forall b: b == a || a + b != 10);
            theorem ranged: forall a: forall i in [0, 16): a + i != 0x100;
            """);

    @Test
    void nestedValueQuantifierNeedsAHintAt64Bits() {
        PropertyEval wide = new PropertyEval(WIDE);
        EvalException e = assertThrows(EvalException.class,
                () -> wide.evaluate("deep", Config.EMPTY, Map.of(), Map.of("a", 3L)));
        assertEquals(EvalException.Reason.NESTED_QUANTIFIER, e.reason());
        assertTrue(e.getMessage().contains("cannot evaluate nested value quantifier over b at width 64"), e.getMessage());
        assertTrue(wide.evaluate("deep", Config.EMPTY, Map.of(), Map.of("a", 3L, "b", 7L)).violates());
        EvalException undecided = assertThrows(EvalException.class,
                () -> wide.evaluate("deep", Config.EMPTY, Map.of(), Map.of("a", 3L, "b", 1L)));
        assertTrue(undecided.getMessage().contains("does not decide it"), undecided.getMessage());
        assertTrue(wide.evaluate("deep", Config.EMPTY, Map.of(), Map.of("a", 5L)).claim(), "premise false");
        // a small range enumerates whatever the width
        assertTrue(wide.evaluate("ranged", Config.EMPTY, Map.of(), Map.of("a", 0xf1L)).violates());
        assertTrue(wide.evaluate("ranged", Config.EMPTY, Map.of(), Map.of("a", 0xf0L)).claim());
    }
}
