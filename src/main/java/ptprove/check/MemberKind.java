package ptprove.check;

/** What a {@code target.member} expression means, resolved by the checker. */
public enum MemberKind {
    REGION_START, REGION_END, REGION_SIZE,
    /** {@code walk.start} / {@code walk.end} inside a free clause. */
    WALK_START, WALK_END,
    /** {@code policy.over(start, end)} and the walk members; see {@link WalkMember}. */
    OVER, FREES_TABLE_OF, FREES_ANY, MAY_FREE, CLEARS_LEAF,
    /** {@code after(...).FIELD(addr)}: a state field or view read at an address after a history. */
    HISTORY_READ;

    public static MemberKind of(WalkMember m) {
        return switch (m) {
            case OVER -> OVER;
            case FREES_TABLE_OF -> FREES_TABLE_OF;
            case FREES_ANY -> FREES_ANY;
            case MAY_FREE -> MAY_FREE;
            case CLEARS_LEAF -> CLEARS_LEAF;
        };
    }
}
