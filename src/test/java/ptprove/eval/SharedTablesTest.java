package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;

/** Which disjoint regions share a table page, at the deepest level, on a toy 3-level geometry. */
class SharedTablesTest {
    private static final String SPEC = """
            param GAP in {0x100, 0x10000};
            pagetable p {
              va_bits 24;
              level top shift 16;
              level mid shift 8;
              level leaf shift 4;
            }
            region low  = [0x000000, 0x0a0080);
            region high = [0x0a0080 + GAP, 0x0c0000);
            region far  = [0x800000, 0x900000);
            region all  = [0, 0);
            """;

    @Test
    void neighboursShareTheDeepestEntryTheyBothTouchAndOthersNothing() {
        Program p = Specs.text(SPEC);
        List<ptprove.ir.Config> configs = ConfigSpace.enumerate(p);
        // GAP 0x100: low ends at 0xa007f, high starts at 0xa0180: both under top[10], different mid entries
        assertEquals(List.of(new SharedTables.Shared("p", "low", "high", "top", 10, 1, 0x0a0000, 0x10000)),
                SharedTables.of(p, configs.get(0)));
        // GAP 0x10000: high starts at 0xb0080, under top[11]: nothing shared
        assertEquals(List.of(), SharedTables.of(p, configs.get(1)));
    }
}
