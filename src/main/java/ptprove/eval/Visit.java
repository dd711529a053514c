package ptprove.eval;

/**
 * One VISIT of the walk: after the children of a level-L entry were walked, the table below that entry may be
 * freed iff the level's free clause holds for the sub-range [start, end) walked for it and no permanent region
 * meets the entry's span [entryBase, entryEnd) ({@code entryEnd} 0 = top). A visit also means the unmap walk
 * clears the entry if it is a leaf ({@code clears_leaf}); at the leaf level, where there is no table to free,
 * visits are recorded only for that question.
 *
 * @param guard  the clause's value, or null when no clause covers this level (never freed)
 * @param keptBy the permanent region that keeps the table, or null
 */
public record Visit(LevelValue level, long start, long end, long entryBase, long entryEnd, Boolean guard,
                    String keptBy) {

    public boolean mayFree() { return Boolean.TRUE.equals(guard) && keptBy == null; }

    @Override public String toString() {
        return level.name() + " [" + Bits.hex(start) + ", " + Bits.hex(end) + ") in entry [" + Bits.hex(entryBase)
                + ", " + Bits.hex(entryEnd) + "): guard " + (guard == null ? "none (no clause)" : guard)
                + (keptBy == null ? "" : ", kept by permanent region " + keptBy)
                + (mayFree() ? " -> may free the table below" : "");
    }
}
