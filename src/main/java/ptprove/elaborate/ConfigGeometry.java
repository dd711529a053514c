package ptprove.elaborate;

import java.util.List;

/**
 * A pagetable's geometry in one configuration. Levels keep their declared order (top first); a folded level is
 * absent and its shift aliases the nearest present level above it, as the kernel's folded PUD_SHIFT equals
 * PGDIR_SHIFT.
 */
record ConfigGeometry(String name, long vaBits, List<LevelInfo> levels) {

    record LevelInfo(String name, int ordinal, boolean present, long shift) {}

    LevelInfo level(int ordinal) { return levels.get(ordinal); }

    int leafOrdinal() { return levels.size() - 1; }

    /** Present levels that have a table below them. */
    List<LevelInfo> nonLeafPresent() {
        return levels.stream().filter(l -> l.present() && l.ordinal() != leafOrdinal()).toList();
    }

    List<LevelInfo> present() {
        return levels.stream().filter(LevelInfo::present).toList();
    }

    /** Number of entries in a table at this level: the top covers va_bits; lower ones the parent's span. */
    long entries(int ordinal) {
        LevelInfo l = levels.get(ordinal);
        if (!l.present()) return 1;
        if (ordinal == 0) return 1L << (vaBits - l.shift());
        for (int i = ordinal - 1; i >= 0; i--) {
            if (levels.get(i).present()) return 1L << (levels.get(i).shift() - l.shift());
        }
        return 1;
    }
}
