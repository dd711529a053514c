package ptprove.pipeline;

import java.util.ArrayList;
import java.util.List;
import ptprove.elaborate.Layout;
import ptprove.ir.Term;
import ptprove.report.LayoutReport;
import ptprove.solve.Budget;
import ptprove.solve.ValueRanges;

/**
 * A compiled spec's layouts as the report model the layout renderers take; the lets and regions that depend on a
 * var are bounded by the solver ({@link ValueRanges}), within {@link #RANGE_BUDGET} per question.
 */
public final class LayoutReports {
    /** Per optimum (two per term): the library's x86 KASLR terms take under a second each. */
    static final Budget RANGE_BUDGET = Budget.timeout(10_000);

    private LayoutReports() {}

    /** @param ranges bound what depends on a var ({@code layout --ranges}); else it is named only */
    public static LayoutReport of(CompiledSpec c, boolean ranges) {
        // each configuration's ranges in a solver context of its own, two at a time on two cores; in order
        List<LayoutReport.Layout> layouts = c.layouts().parallelStream().map(l -> layout(l, ranges)).toList();
        return new LayoutReport(c.input().display(), c.program().width(), layouts);
    }

    private static LayoutReport.Layout layout(Layout l, boolean ranges) {
        List<LayoutReport.Constant> constants = new ArrayList<>();
        for (Layout.Constant k : l.constants()) constants.add(new LayoutReport.Constant(k.name(), k.value()));
        List<LayoutReport.Region> regions = new ArrayList<>();
        for (Layout.Region r : l.regions()) {
            regions.add(new LayoutReport.Region(r.name(), r.start(), r.end(), r.permanent()));
        }
        List<LayoutReport.Table> tables = new ArrayList<>();
        for (Layout.Table t : l.tables()) {
            List<LayoutReport.Level> levels = new ArrayList<>();
            for (Layout.Level v : t.levels()) levels.add(new LayoutReport.Level(v.name(), v.shift(), v.entries()));
            tables.add(new LayoutReport.Table(t.name(), t.vaBits(), levels));
        }
        List<String> names = l.symbolic().stream().map(Layout.Symbolic::name).toList();
        Ranges r = ranges ? ranges(l) : new Ranges(List.of(), null);
        java.util.Set<String> symbolicRegions = new java.util.HashSet<>();
        for (Layout.Symbolic s : l.symbolic()) if (s.isRegion()) symbolicRegions.add(s.name());
        return new LayoutReport.Layout(l.config(), constants, regions, names, symbolicRegions, r.ranged, r.problem,
                tables);
    }

    private record Ranges(List<LayoutReport.Ranged> ranged, String problem) {}

    /** Each symbolic let's range, and each symbolic region's start's and end's, asked in one solver context. */
    private static Ranges ranges(Layout l) {
        if (l.symbolic().isEmpty()) return new Ranges(List.of(), null);
        List<Term> terms = new ArrayList<>();
        for (Layout.Symbolic s : l.symbolic()) {
            terms.add(s.value());
            if (s.isRegion()) terms.add(s.end());
        }
        ValueRanges.Result found = new ValueRanges(RANGE_BUDGET).of(terms, l.varFacts());
        if (found.ranges() == null) {
            return new Ranges(List.of(), found.unsatisfiable() ? LayoutReport.NO_SOLUTION : found.problem());
        }
        List<LayoutReport.Ranged> out = new ArrayList<>();
        int at = 0;
        for (Layout.Symbolic s : l.symbolic()) {
            LayoutReport.Bounds value = bounds(found.ranges().get(at++));
            LayoutReport.Bounds end = s.isRegion() ? bounds(found.ranges().get(at++)) : null;
            out.add(new LayoutReport.Ranged(s.name(), value, end));
        }
        return new Ranges(out, null);
    }

    private static LayoutReport.Bounds bounds(ValueRanges.Range r) {
        return new LayoutReport.Bounds(r.min(), r.max());
    }
}
