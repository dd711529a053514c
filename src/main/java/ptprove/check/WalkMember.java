package ptprove.check;

/** Members of a teardown applied to a range: {@code T(args).over(start, end).frees_table_of(vmalloc)}. */
public enum WalkMember implements Signature.Of {
    /** {@code policy.over(start, end)}: the walk over [start, end). */
    OVER("over", Type.WALK, Type.ULONG, Type.ULONG),
    /** Some table page the walk may free maps an address of the region. */
    FREES_TABLE_OF("frees_table_of", Type.BOOL, Type.REGION),
    /** The walk may free some table page. */
    FREES_ANY("frees_any", Type.BOOL),
    /** The walk may free the table page below the level-L entry that maps address a. */
    MAY_FREE("may_free", Type.BOOL, Type.LEVEL, Type.ULONG),
    /** The walk clears the level-L leaf (a block, or a base page at the leaf level) that maps address a. */
    CLEARS_LEAF("clears_leaf", Type.BOOL, Type.LEVEL, Type.ULONG);

    private final Signature signature;

    WalkMember(String spelling, Type result, Type... params) {
        this.signature = new Signature(spelling, result, params);
    }

    @Override public Signature signature() { return signature; }

    /** Members that hide an existential choice (which table, which address); they constrain quantifier polarity. */
    public boolean isExistential() { return this == FREES_TABLE_OF || this == FREES_ANY; }

    public static WalkMember byName(String name) {
        return Signature.byName(values(), name);
    }
}
