package ptprove.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which regions of a layout share a page-table page ({@code layout --sharing}): the table page below a level-L
 * entry maps that entry's span, so two regions that both reach into the span use the same table page, and
 * freeing it for one pulls it from under the other. Listed per pagetable and level (top first, leaf level
 * excluded: nothing hangs below a leaf entry), each entry with its index path from the top and the span it
 * maps. Pairs where one region contains the other (the whole kernel half and everything in it) are left out:
 * they share every table trivially.
 */
public final class TableSharing {
    private TableSharing() {}

    /**
     * The table page below entry {@code indexPath} (e.g. {@code pgd[507]}; a run of entries shared by the same
     * regions reads {@code pgd[256-259]}) maps [{@code start}, {@code end}); {@code regions} reach into it.
     */
    public record Shared(String table, String level, String indexPath, long start, long end, List<String> regions) {
        public Shared { regions = List.copyOf(regions); }
    }

    /** @param width the address width in bits (an end of 0 is the top of a {@code width}-bit space) */
    public static List<Shared> of(LayoutReport.Layout layout, int width) {
        long mask = width >= 64 ? -1L : (1L << width) - 1;
        List<LayoutReport.Region> regions = new ArrayList<>();
        for (LayoutReport.Region r : layout.regions()) {
            if (r.isInverted() || r.size() == 0) continue;
            regions.add(new LayoutReport.Region(r.name(), r.start(), ((r.end() - 1) & mask) + 1, r.permanent()));
        }
        List<Shared> out = new ArrayList<>();
        for (LayoutReport.Table t : layout.tables()) {
            for (int k = 0; k + 1 < t.levels().size(); k++) out.addAll(level(t, k, regions));
        }
        return out;
    }

    /** {@code regions} have their ends on the address space (end 0 only for the top of a 64-bit space). */
    private static List<Shared> level(LayoutReport.Table t, int k, List<LayoutReport.Region> regions) {
        long shift = t.levels().get(k).shift();
        // entry runs (first, last) -> regions sharing them, in address order
        Map<List<Long>, TreeSet<String>> runs = new TreeMap<>((a, b) -> {
            int c = Long.compareUnsigned(a.get(0), b.get(0));
            return c != 0 ? c : Long.compareUnsigned(a.get(1), b.get(1));
        });
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                LayoutReport.Region a = regions.get(i), b = regions.get(j);
                if (contains(a, b) || contains(b, a)) continue;
                long lo = max(a.start() >>> shift, b.start() >>> shift);
                long hi = min(last(a) >>> shift, last(b) >>> shift);
                if (Long.compareUnsigned(lo, hi) > 0) continue;
                TreeSet<String> names = runs.computeIfAbsent(List.of(lo, hi), x -> new TreeSet<>());
                names.add(a.name());
                names.add(b.name());
            }
        }
        List<Shared> out = new ArrayList<>();
        runs.forEach((run, names) -> out.add(new Shared(t.name(), t.levels().get(k).name(),
                indexPath(t, k, run.get(0), run.get(1)), run.get(0) << shift, (run.get(1) + 1) << shift,
                new ArrayList<>(names))));
        return out;
    }

    /** {@code pgd[507] -> pud[255]}: the entry's index at each level from the top down to level {@code k}. */
    private static String indexPath(LayoutReport.Table t, int k, long first, long last) {
        long address = first << t.levels().get(k).shift();
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j <= k; j++) {
            LayoutReport.Level l = t.levels().get(j);
            long index = (address >>> l.shift()) & (l.entries() - 1);
            if (j > 0) sb.append(" -> ");
            sb.append(l.name()).append('[').append(index);
            if (j == k && first != last) sb.append('-').append(index + (last - first));
            sb.append(']');
        }
        return sb.toString();
    }

    /** The last address of a region (its end is exclusive; an end of 0 is the top of the address space). */
    private static long last(LayoutReport.Region r) {
        return r.end() - 1;
    }

    private static boolean contains(LayoutReport.Region outer, LayoutReport.Region inner) {
        return Long.compareUnsigned(outer.start(), inner.start()) <= 0
                && Long.compareUnsigned(last(inner), last(outer)) <= 0;
    }

    private static long max(long a, long b) { return Long.compareUnsigned(a, b) >= 0 ? a : b; }

    private static long min(long a, long b) { return Long.compareUnsigned(a, b) <= 0 ? a : b; }
}
