package ptprove.check;

/**
 * Built-in functions. Argument kinds are checked by {@link ExprChecker} from the table below; semantics are
 * defined in docs/language.md and implemented twice, independently: closed forms in ptprove.elaborate
 * (BuiltinTerms) and loops in ptprove.eval (Builtins), each an exhaustive switch, so a new constant does not
 * compile until both have it; reproduce/CTranscriber has a third switch, for C.
 */
public enum Builtin implements Signature.Of {
    // geometry of a level
    MASK("mask", Type.ULONG, Type.LEVEL),
    SHIFT("shift", Type.ULONG, Type.LEVEL),
    SPAN("span", Type.ULONG, Type.LEVEL),
    PRESENT("present", Type.BOOL, Type.LEVEL),
    IS_LEAF("is_leaf", Type.BOOL, Type.LEVEL),
    INDEX("index", Type.ULONG, Type.LEVEL, Type.ULONG),
    ENTRY_BASE("entry_base", Type.ULONG, Type.LEVEL, Type.ULONG),
    SAME_TABLE_BELOW("same_table_below", Type.BOOL, Type.LEVEL, Type.ULONG, Type.ULONG),
    // regions
    OVERLAPS("overlaps", Type.BOOL, Type.REGION, Type.REGION),
    SHARES_TABLE("shares_table", Type.BOOL, Type.REGION, Type.REGION),
    // arithmetic helpers with the kernel's definitions
    ALIGNED("aligned", Type.BOOL, Type.ULONG, Type.ULONG),     // IS_ALIGNED(x, a): (x & (a - 1)) == 0
    ROUND_DOWN("round_down", Type.ULONG, Type.ULONG, Type.ULONG), // x & ~(a - 1)
    ROUND_UP("round_up", Type.ULONG, Type.ULONG, Type.ULONG),     // ((x - 1) | (a - 1)) + 1
    MIN("min", Type.ULONG, Type.ULONG, Type.ULONG),
    MAX("max", Type.ULONG, Type.ULONG, Type.ULONG),
    BIT("BIT", Type.ULONG, Type.ULONG);                           // 1UL << n

    private final Signature signature;

    Builtin(String spelling, Type result, Type... params) {
        this.signature = new Signature(spelling, result, params);
    }

    @Override public Signature signature() { return signature; }

    public static Builtin byName(String name) {
        return Signature.byName(values(), name);
    }
}
