package ptprove.eval;

/**
 * A half-open address range [start, end) on w-bit addresses; {@code end == 0} means "to the top". Membership is
 * circular: {@code a} is in it iff {@code (a - start) mod 2^w < (end - start) mod 2^w}, so {@code start == end}
 * is empty and a range with {@code start > end != 0} wraps through the top.
 */
public record RegionValue(String name, long start, long end) {
    @Override public String toString() {
        return (name == null ? "" : name + " = ") + "[" + Bits.hex(start) + ", " + Bits.hex(end) + ")";
    }
}
