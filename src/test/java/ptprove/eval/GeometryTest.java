package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;
import ptprove.ir.Config;

/** Geometry per configuration: folded levels alias the shift above, entries, index, masks, ill-formed layouts. */
class GeometryTest {
    static final Program P = Specs.text("""
            address_bits 16;
            param LEVELS in {2, 3, 4};
            param BAD in {false, true};
            require !BAD || LEVELS == 4;
            pagetable pt {
              va_bits 16;
              level top  shift LEVELS == 4 ? 13 : LEVELS == 3 ? 12 : 10;
              level mid1 shift BAD ? 14 : 10 if LEVELS >= 4;
              level mid2 shift 7 if LEVELS >= 3;
              level leaf shift 4;
            }
            let IDX_MID2   = index(mid2, 0xabcd);
            let IDX_MID1   = index(mid1, 0xabcd);
            let IDX_TOP    = index(top, 0xabcd);
            let BASE_MID2  = entry_base(mid2, 0xabcd);
            let MASK_MID1  = mask(mid1);
            let SPAN_MID1  = span(mid1);
            let SHIFT_MID1 = shift(mid1);
            let SAME_1     = same_table_below(mid2, 0xab80, 0xabff);
            let SAME_2     = same_table_below(mid2, 0xab7f, 0xab80);
            let PRESENT_1  = present(mid1);
            let LEAF_LEAF  = is_leaf(leaf);
            let LEAF_MID2  = is_leaf(mid2);
            """);

    private static Evaluator ev(int levels) {
        return new Evaluator(P, Specs.config(P, "LEVELS=" + levels, "BAD=false"), Map.of());
    }

    @Test
    void configurationsAreTheFilteredProductInDeclarationOrder() {
        List<Config> cs = ConfigSpace.enumerate(P);
        assertEquals(List.of("LEVELS=2 BAD=false", "LEVELS=3 BAD=false", "LEVELS=4 BAD=false", "LEVELS=4 BAD=true"),
                cs.stream().map(Config::toString).toList());
        assertEquals(true, cs.get(3).entries().get(1).isBool());
    }

    @Test
    void threeLevelsFoldMid1IntoTop() {
        Evaluator e = ev(3);
        Geometry g = e.geometry("pt");
        assertEquals("pt va_bits 16: top=12 mid1(folded) mid2=7 leaf=4", g.toString());
        assertEquals(List.of(16L, 1L, 32L, 8L), g.levels().stream().map(g::entries).toList());
        assertEquals(23L, e.let("IDX_MID2"));
        assertEquals(0L, e.let("IDX_MID1"));
        assertEquals(0xaL, e.let("IDX_TOP"));
        assertEquals(0xab80L, e.let("BASE_MID2"));
        assertEquals(0xf000L, e.let("MASK_MID1"));
        assertEquals(0x1000L, e.let("SPAN_MID1"));
        assertEquals(12L, e.let("SHIFT_MID1"));
        assertEquals(true, e.let("SAME_1"));
        assertEquals(false, e.let("SAME_2"));
        assertEquals(false, e.let("PRESENT_1"));
        assertEquals(true, e.let("LEAF_LEAF"));
        assertEquals(false, e.let("LEAF_MID2"));
    }

    @Test
    void twoAndFourLevels() {
        Geometry two = ev(2).geometry("pt");
        assertEquals("pt va_bits 16: top=10 mid1(folded) mid2(folded) leaf=4", two.toString());
        assertEquals(List.of(64L, 1L, 1L, 64L), two.levels().stream().map(two::entries).toList());
        Geometry four = ev(4).geometry("pt");
        assertEquals(List.of(8L, 8L, 8L, 8L), four.levels().stream().map(four::entries).toList());
        assertEquals(2, four.nonLeafPresent().size() - 1);
    }

    @Test
    void illFormedGeometryIsReportedWithItsConfiguration() {
        Evaluator e = new Evaluator(P, Specs.config(P, "LEVELS=4", "BAD=true"), Map.of());
        EvalException ex = assertThrows(EvalException.class, () -> e.geometry("pt"));
        assertEquals(EvalException.Reason.ILL_FORMED, ex.reason());
        assertEquals("inline.ptl:8:20: pagetable 'pt', level 'mid1': shift 14 is not below the shift 13 of the present"
                + " level above (in configuration LEVELS=4 BAD=true)", ex.getMessage());
    }
}
