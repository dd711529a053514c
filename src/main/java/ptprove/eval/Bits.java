package ptprove.eval;

/**
 * C {@code unsigned long} arithmetic on {@code w} bits (8..64), values held in the low bits of a {@code long}.
 * Undefined C cases get the fixed meaning of the language: {@code x / 0} is all ones, {@code x % 0} is {@code x},
 * shifts by {@code w} or more give 0.
 */
final class Bits {
    final int w;
    final long mask;

    Bits(int w) {
        if (w < 1 || w > 64) throw new IllegalArgumentException("width " + w);
        this.w = w;
        this.mask = w == 64 ? -1L : (1L << w) - 1;
    }

    long of(long v) { return v & mask; }
    long add(long a, long b) { return (a + b) & mask; }
    long sub(long a, long b) { return (a - b) & mask; }
    long mul(long a, long b) { return (a * b) & mask; }
    long neg(long a) { return (-a) & mask; }
    long not(long a) { return (~a) & mask; }
    long div(long a, long b) { return b == 0 ? mask : Long.divideUnsigned(a, b); }
    long rem(long a, long b) { return b == 0 ? a : Long.remainderUnsigned(a, b); }
    long shl(long a, long n) { return Long.compareUnsigned(n, w) >= 0 ? 0 : (a << n) & mask; }
    long shr(long a, long n) { return Long.compareUnsigned(n, w) >= 0 ? 0 : a >>> n; }
    boolean ult(long a, long b) { return Long.compareUnsigned(a, b) < 0; }
    boolean ule(long a, long b) { return Long.compareUnsigned(a, b) <= 0; }
    long min(long a, long b) { return ule(a, b) ? a : b; }
    long max(long a, long b) { return ule(a, b) ? b : a; }

    /** {@code 2^w} values, or -1 when that does not fit a positive long (w == 64). */
    long count() { return w >= 63 ? -1 : 1L << w; }

    static String hex(long v) { return "0x" + Long.toHexString(v); }
}
