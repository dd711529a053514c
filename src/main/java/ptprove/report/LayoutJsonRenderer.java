package ptprove.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A {@link LayoutReport} as JSON, regions in declaration order:
 *
 * <pre>
 * {"spec": "specs/arm64/layout.ptl",
 *  "layouts": [{"config": {"ERA": 504, …}, "constants": {"PAGE_OFFSET": "0xffff000000000000", …},
 *               "regions": [{"name": "vmalloc", "start": "0x…", "end": "0x…", "size": "0x…",
 *                            "permanent": false}]}]}
 * </pre>
 *
 * {@code size} is null for an inverted region.
 */
public final class LayoutJsonRenderer {
    private final boolean sharing;

    public LayoutJsonRenderer() {
        this(false);
    }

    /**
     * @param sharing also give each layout's {@code "sharing"}: {@code [{"table", "level", "entry", "span":
     *                [start, end], "regions": [...]}]} ({@link TableSharing})
     */
    public LayoutJsonRenderer(boolean sharing) {
        this.sharing = sharing;
    }

    public String render(LayoutReport report) {
        ObjectNode root = Json.object();
        root.put("spec", report.spec());
        ArrayNode layouts = root.putArray("layouts");
        for (LayoutReport.Layout layout : report.layouts()) {
            ObjectNode node = layouts.addObject();
            node.set("config", Json.config(layout.config()));
            ObjectNode constants = node.putObject("constants");
            for (LayoutReport.Constant c : layout.constants()) constants.put(c.name(), Formats.hex(c.value()));
            ArrayNode regions = node.putArray("regions");
            for (LayoutReport.Region r : layout.regions()) {
                ObjectNode region = regions.addObject();
                region.put("name", r.name());
                region.put("start", Formats.hex(r.start()));
                region.put("end", Formats.hex(r.end()));
                if (r.isInverted()) region.putNull("size"); // the checker reports it; no size to give
                else region.put("size", Formats.hex(r.size()));
                region.put("permanent", r.permanent());
            }
            if (!layout.symbolic().isEmpty()) { // only specs with vars have it: the others' JSON is unchanged
                ArrayNode symbolic = node.putArray("symbolic");
                for (String name : layout.symbolic()) symbolic.add(name);
                if (!layout.ranged().isEmpty()) node.set("ranges", ranges(layout.ranged()));
                else if (layout.rangeProblem() != null) node.put("rangeProblem", layout.rangeProblem());
            }
            if (sharing) node.set("sharing", sharing(layout, report.width()));
            if (sharing && !layout.symbolicRegions().isEmpty()) { // regions --sharing cannot place
                ArrayNode skipped = node.putArray("sharingNotExamined");
                layout.symbolic().stream().filter(layout.symbolicRegions()::contains).forEach(skipped::add);
            }
        }
        return Json.write(root);
    }

    /** {@code [{"name", "value": [min, max]}]} for a let, {@code "start"} and {@code "end"} for a region. */
    private static ArrayNode ranges(List<LayoutReport.Ranged> ranged) {
        ArrayNode out = Json.array();
        for (LayoutReport.Ranged r : ranged) {
            ObjectNode n = out.addObject();
            n.put("name", r.name());
            n.set(r.isRegion() ? "start" : "value", pair(r.value()));
            if (r.isRegion()) n.set("end", pair(r.end()));
        }
        return out;
    }

    private static ArrayNode pair(LayoutReport.Bounds b) {
        return Json.array().add(Formats.hex(b.min())).add(Formats.hex(b.max()));
    }

    private static ArrayNode sharing(LayoutReport.Layout layout, int width) {
        ArrayNode out = Json.array();
        for (TableSharing.Shared s : TableSharing.of(layout, width)) {
            ObjectNode n = out.addObject();
            n.put("table", s.table());
            n.put("level", s.level());
            n.put("entry", s.indexPath());
            n.putArray("span").add(Formats.hex(s.start())).add(Formats.hex(s.end()));
            ArrayNode regions = n.putArray("regions");
            s.regions().forEach(regions::add);
        }
        return out;
    }
}
