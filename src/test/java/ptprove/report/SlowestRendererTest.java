package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.obligation;
import static ptprove.proofs.TestOutcomes.spanAtLine;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

class SlowestRendererTest {
    private static int index;

    private static Outcome solved(String name, Obligation.Kind kind, int line, Config c, double millis, String fp,
                                  boolean cached) {
        Obligation o = obligation(index++, kind, name, c, spanAtLine(line));
        return new Outcome(o, kind == Obligation.Kind.THEOREM ? Verdict.PROVED : Verdict.WITNESSED, millis, fp,
                List.of(), null, cached);
    }

    private static RunReport run(SpecReport... specs) {
        return new RunReport(SyntheticRuns.TOOL, List.of(specs), 1000);
    }

    /**
     * Two specs: in the first, a theorem solved in three configurations (two sharing a query) and one read from
     * the cache, and an example in one configuration; in the second, a theorem without params.
     */
    private static RunReport twoSpecs() {
        Config a = config("PAGE_SHIFT", 12), b = config("PAGE_SHIFT", 14), c = config("PAGE_SHIFT", 16);
        List<Outcome> first = List.of(
                solved("spares_vmalloc", Obligation.Kind.THEOREM, 30, a, 400, "q1", false),
                solved("spares_vmalloc", Obligation.Kind.THEOREM, 30, b, 900, "q2", false),
                solved("spares_vmalloc", Obligation.Kind.THEOREM, 30, c, 0.2, "q2", false), // the same query
                solved("frees_something", Obligation.Kind.EXAMPLE, 41, b, 1500, "q3", false),
                solved("cached_only", Obligation.Kind.THEOREM, 50, a, 9999, "q4", true));
        List<Outcome> second = List.of(
                solved("layout_holds", Obligation.Kind.THEOREM, 7, Config.EMPTY, 20, "q5", false));
        return run(SpecReport.checked("specs/a.ptl", first, null), SpecReport.checked("specs/b.ptl", second, null));
    }

    @Test
    void costliestFirstSummedOverConfigurationsWithoutCachedResults() {
        List<SlowestRenderer.Property> top = SlowestRenderer.slowest(twoSpecs(), 10);
        assertEquals(List.of("frees_something", "spares_vmalloc", "layout_holds"),
                top.stream().map(SlowestRenderer.Property::name).toList(), "cached_only is left out");
        SlowestRenderer.Property theorem = top.get(1);
        assertEquals(1300.2, theorem.totalMillis(), 1e-9);
        assertEquals(3, theorem.solved());
        assertEquals(2, theorem.queries());
        assertEquals(900, theorem.slowest().millis());
        assertEquals("specs/b.ptl", top.get(2).spec());
        assertEquals(2, SlowestRenderer.slowest(twoSpecs(), 2).size());
    }

    @Test
    void rendersOneBlockPerProperty() {
        String text = SlowestRenderer.render(twoSpecs(), 3);
        assertEquals("""

                slowest 3 properties (solving time summed over the configurations solved in this run):
                   1.5 s  specs/a.ptl:41  example frees_something
                          PAGE_SHIFT=14
                   1.3 s  specs/a.ptl:30  theorem spares_vmalloc
                          3 configurations, 2 distinct queries; the slowest 900 ms, PAGE_SHIFT=14
                   20 ms  specs/b.ptl:7  theorem layout_holds
                """, text);
    }

    @Test
    void saysSoWhenEverythingCameFromTheCache() {
        Outcome hit = solved("t", Obligation.Kind.THEOREM, 3, Config.EMPTY, 0, "q", true);
        String text = SlowestRenderer.render(run(SpecReport.checked("specs/a.ptl", List.of(hit), null)), 5);
        assertEquals("\nslowest: nothing was solved in this run (every result came from the cache; --no-cache times"
                + " them all)\n", text);
        assertEquals("\nslowest: no theorem or example was solved in this run\n",
                SlowestRenderer.render(run(SpecReport.checked("specs/a.ptl", List.of(), null)), 5));
    }
}
