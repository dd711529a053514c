package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.syntax.ast.Decl;

/**
 * Which regions share a page-table page in one configuration: two disjoint, non-empty regions share the table
 * below a level-L entry when both have an address under that entry. For each such pair this gives the deepest
 * (most specific) level where they share and the entries there; sharing at a level implies sharing at every
 * level above it. Computed from the evaluator's own layout and geometry.
 */
public final class SharedTables {
    private SharedTables() {}

    /**
     * A pair of regions, {@code a} below {@code b}, sharing the tables below {@code count} level-{@code level}
     * entries of {@code pagetable}, the first at {@code firstIndex} (its index within its table) covering
     * [{@code spanStart}, {@code spanStart + span}).
     */
    public record Shared(String pagetable, String a, String b, String level, long firstIndex, long count,
                         long spanStart, long span) {}

    public static List<Shared> of(Program program, Config config) {
        Evaluator ev = new Evaluator(program, config, Map.of());
        List<RegionValue> regions = new ArrayList<>();
        for (Decl.Region r : program.regions()) {
            try {
                RegionValue v = ev.region(r.name().text());
                if (v.start() != v.end()) regions.add(v);
            } catch (EvalException e) {
                // a region that depends on a var has no single place: it shares nothing here
            }
        }
        List<Shared> out = new ArrayList<>();
        for (Decl.Pagetable pt : program.pagetables()) {
            Geometry g = ev.geometry(pt.name().text());
            for (int i = 0; i < regions.size(); i++) {
                for (int j = 0; j < regions.size(); j++) {
                    RegionValue a = regions.get(i);
                    RegionValue b = regions.get(j);
                    if (i == j || !below(a, b)) continue;
                    Shared s = deepest(g, a, b);
                    if (s != null) out.add(s);
                }
            }
        }
        return out;
    }

    /** {@code a} ends at or before {@code b} starts (disjoint, a first; neither wraps). */
    private static boolean below(RegionValue a, RegionValue b) {
        if (Long.compareUnsigned(a.end() == 0 ? -1 : a.end() - 1, a.start()) < 0) return false;
        if (Long.compareUnsigned(b.end() == 0 ? -1 : b.end() - 1, b.start()) < 0) return false;
        return a.end() != 0 && Long.compareUnsigned(a.end(), b.start()) <= 0;
    }

    private static Shared deepest(Geometry g, RegionValue a, RegionValue b) {
        Shared found = null;
        for (Geometry.Level l : g.nonLeafPresent()) {
            int s = l.shift();
            long aLast = (a.end() - 1) >>> s;
            long bFirst = b.start() >>> s;
            if (Long.compareUnsigned(aLast, bFirst) < 0) break;
            long count = aLast - bFirst + 1;
            long spanStart = bFirst << s;
            found = new Shared(g.name(), a.name(), b.name(), l.name(), g.index(l, spanStart), count, spanStart, g.span(l));
        }
        return found;
    }
}
