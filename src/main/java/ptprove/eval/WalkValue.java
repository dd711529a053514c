package ptprove.eval;

/** A policy applied to a range: {@code T(args).over(start, end)}. Queries go through {@link WalkQueries}. */
public record WalkValue(PolicyValue policy, long start, long end) {
    @Override public String toString() {
        return policy.name() + policy.args() + ".over(" + Bits.hex(start) + ", " + Bits.hex(end) + ")";
    }
}
