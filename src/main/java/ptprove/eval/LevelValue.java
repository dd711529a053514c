package ptprove.eval;

/** A page-table level as a value: its pagetable's geometry in the configuration, and its declared position. */
public record LevelValue(Geometry geometry, int ordinal) {
    public Geometry.Level info() { return geometry.level(ordinal); }
    public String name() { return info().name(); }

    /** Levels are equal when they are the same level of the same pagetable. */
    @Override public boolean equals(Object o) {
        return o instanceof LevelValue l && l.geometry.decl() == geometry.decl() && l.ordinal == ordinal;
    }
    @Override public int hashCode() { return System.identityHashCode(geometry.decl()) * 31 + ordinal; }
    @Override public String toString() { return name(); }
}
