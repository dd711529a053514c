package ptprove.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Entries of one level that a walk query cares about, as inclusive intervals of entry numbers
 * ({@code address >>> shift}); unsigned throughout.
 */
final class EntrySet {
    private final List<long[]> intervals;

    private EntrySet(List<long[]> intervals) { this.intervals = intervals; }

    static EntrySet none() { return new EntrySet(List.of()); }

    static EntrySet single(long entry) { return new EntrySet(List.<long[]>of(new long[] {entry, entry})); }

    /** Entries holding some address of [s, e). */
    static EntrySet meeting(Ranges ranges, long s, long e, int shift) {
        List<long[]> out = new ArrayList<>();
        for (long[] p : ranges.pieces(s, e)) out.add(new long[] {p[0] >>> shift, p[1] >>> shift});
        return new EntrySet(out);
    }

    boolean contains(long entry) {
        for (long[] i : intervals) {
            if (Long.compareUnsigned(i[0], entry) <= 0 && Long.compareUnsigned(entry, i[1]) <= 0) return true;
        }
        return false;
    }

    /** The base address of the first wanted entry after the one holding {@code addr}, or null. */
    Long firstBaseAfter(long addr, int shift) {
        long current = addr >>> shift;
        Long best = null;
        for (long[] i : intervals) {
            if (Long.compareUnsigned(i[1], current) <= 0) continue;
            long candidate = Long.compareUnsigned(i[0], current) > 0 ? i[0] : current + 1;
            if (best == null || Long.compareUnsigned(candidate, best) < 0) best = candidate;
        }
        return best == null ? null : best << shift;
    }
}
