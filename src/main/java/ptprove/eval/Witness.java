package ptprove.eval;

/**
 * Why an existential walk member holds: the visit that may free a table, an address it maps ({@code address},
 * the visit's start) and, for {@code frees_table_of(R)}, an address of R under the same entry.
 */
public record Witness(Visit visit, long address, long otherAddress) {
    public LevelValue level() { return visit.level(); }

    @Override public String toString() {
        return "level " + level().name() + ", address " + Bits.hex(address) + ", other_address "
                + Bits.hex(otherAddress) + " (" + visit + ")";
    }
}
