package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A total map from w-bit addresses to values, kept as intervals: each key starts an interval that runs to the
 * next key (or to the top of the address space). The store of one state field while the reference evaluator runs
 * a history; keys compare unsigned.
 */
final class IntervalMap {
    private final TreeMap<Long, Object> starts = new TreeMap<>(Long::compareUnsigned);

    IntervalMap(Object initial) { starts.put(0L, initial); }

    Object get(long a) { return starts.floorEntry(a).getValue(); }

    /** Sets [lo, hi) to {@code v}; {@code hi == 0} means up to the top. Nothing when lo >= hi (hi != 0). */
    void set(long lo, long hi, Object v) {
        if (hi != 0 && Long.compareUnsigned(lo, hi) >= 0) return;
        Object after = hi == 0 ? null : get(hi);
        Map<Long, Object> inside = hi == 0 ? starts.tailMap(lo, true) : starts.subMap(lo, true, hi, false);
        inside.clear();
        starts.put(lo, v);
        if (hi != 0 && !starts.containsKey(hi)) starts.put(hi, after);
    }

    /** The starts of the intervals that meet [lo, hi) ({@code hi == 0}: the top), clipped to it: lo first. */
    List<Long> breaks(long lo, long hi) {
        List<Long> out = new ArrayList<>();
        out.add(lo);
        Map<Long, Object> inside = hi == 0 ? starts.tailMap(lo, false) : starts.subMap(lo, false, hi, false);
        out.addAll(inside.keySet());
        return out;
    }
}
