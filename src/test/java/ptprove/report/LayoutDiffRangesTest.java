package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;

/** {@code layout --ranges --diff}: ranges are compared when both sides have them, names otherwise. */
class LayoutDiffRangesTest {
    private static LayoutReport report(List<LayoutReport.Ranged> ranged, String problem) {
        LayoutReport.Layout l = new LayoutReport.Layout(Config.EMPTY, List.of(), List.of(), List.of("base"),
                Set.of(), ranged, problem, List.of());
        return new LayoutReport("s.ptl", List.of(l));
    }

    private static final List<LayoutReport.Ranged> RANGED =
            List.of(new LayoutReport.Ranged("base", new LayoutReport.Bounds(0x1000, 0x2000), null));

    @Test
    void aSideWhoseRangesFailedIsComparedByName() {
        LayoutDiff d = LayoutDiff.of(report(RANGED, null), report(List.of(), "the solver gave up: timeout"), "old");
        assertFalse(d.differs(), d.text());
    }

    @Test
    void rangesThatMovedDiffer() {
        List<LayoutReport.Ranged> wider =
                List.of(new LayoutReport.Ranged("base", new LayoutReport.Bounds(0x1000, 0x3000), null));
        LayoutDiff d = LayoutDiff.of(report(RANGED, null), report(wider, null), "old");
        assertEquals("s.ptl against old: 1 of 1 configuration differs\n\n(no params)\n"
                + "  base: 0x1000 .. 0x2000 -> 0x1000 .. 0x3000\n", d.text());
    }

    /** Where-clauses that stop (or start) having a solution make every obligation vacuous: a difference. */
    @Test
    void whereClausesThatLoseTheirSolutionDiffer() {
        LayoutDiff d = LayoutDiff.of(report(RANGED, null), report(List.of(), LayoutReport.NO_SOLUTION), "old");
        assertEquals("s.ptl against old: 1 of 1 configuration differs\n\n(no params)\n"
                + "  vars' where-clauses: satisfiable -> no solution\n", d.text());
    }
}
