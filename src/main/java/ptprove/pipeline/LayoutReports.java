package ptprove.pipeline;

import java.util.ArrayList;
import java.util.List;
import ptprove.elaborate.Layout;
import ptprove.report.LayoutReport;

/** A compiled spec's layouts as the report model the layout renderers take. */
public final class LayoutReports {
    private LayoutReports() {}

    public static LayoutReport of(CompiledSpec c) {
        List<LayoutReport.Layout> layouts = new ArrayList<>();
        for (Layout l : c.layouts()) {
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
            layouts.add(new LayoutReport.Layout(l.config(), constants, regions, l.symbolic(), tables));
        }
        return new LayoutReport(c.input().display(), c.program().width(), layouts);
    }
}
