package ptprove.result;

/** The outcome of one obligation. */
public enum Verdict {
    PROVED("proved"), REFUTED("refuted"), WITNESSED("witnessed"), UNWITNESSED("unwitnessed"),
    VACUOUS("vacuous"), UNKNOWN("unknown"),
    /** ptprove itself failed on this obligation (a bug): reported, and the run exits 70. */
    ERROR("error");

    private final String word;
    Verdict(String word) { this.word = word; }
    public String word() { return word; }

    /** The verdicts a run without a proof record accepts. */
    public boolean isSuccess() { return this == PROVED || this == WITNESSED; }

    /**
     * Whether an obligation of {@code kind} can end with this verdict: proved and refuted are a theorem's,
     * witnessed and unwitnessed an example's; vacuous, unknown and error are either's.
     */
    public boolean belongsTo(ptprove.ir.Obligation.Kind kind) {
        return switch (this) {
            case PROVED, REFUTED -> kind == ptprove.ir.Obligation.Kind.THEOREM;
            case WITNESSED, UNWITNESSED -> kind == ptprove.ir.Obligation.Kind.EXAMPLE;
            default -> true;
        };
    }

    public static Verdict ofWord(String w) {
        for (Verdict v : values()) if (v.word.equals(w)) return v;
        return null;
    }
}
