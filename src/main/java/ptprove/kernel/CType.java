package ptprove.kernel;

/**
 * C's integer types as the kernel's compilers see them on the 64-bit targets ptprove models (LP64: int 32 bits,
 * long and long long 64). Values are held as Java longs normalised to the type: sign-extended for signed types,
 * zero-extended for unsigned ones, so one Java long comparison or shift matches C after {@link #usual}.
 */
enum CType {
    BOOL(1, false, 0), CHAR(8, true, 1), UCHAR(8, false, 1), SHORT(16, true, 2), USHORT(16, false, 2),
    INT(32, true, 3), UINT(32, false, 3), LONG(64, true, 4), ULONG(64, false, 4),
    LLONG(64, true, 5), ULLONG(64, false, 5);

    final int bits;
    final boolean signed;
    /** Conversion rank (C11 6.3.1.1): bool < char < short < int < long < long long. */
    final int rank;

    CType(int bits, boolean signed, int rank) {
        this.bits = bits;
        this.signed = signed;
        this.rank = rank;
    }

    /** {@code sizeof} in bytes. */
    long size() { return this == BOOL ? 1 : bits / 8; }

    /** The value {@code v} converted to this type (C11 6.3.1.3, wrapping as gcc does). */
    long normalise(long v) {
        if (this == BOOL) return v != 0 ? 1 : 0;
        if (bits == 64) return v;
        long mask = (1L << bits) - 1;
        long low = v & mask;
        if (signed && (low & (1L << (bits - 1))) != 0) return low | ~mask;
        return low;
    }

    /** Integer promotion: everything narrower than int becomes int. */
    CType promoted() { return rank < INT.rank ? INT : this; }

    CType unsignedVersion() {
        return switch (this) {
            case INT -> UINT;
            case LONG -> ULONG;
            case LLONG -> ULLONG;
            default -> this;
        };
    }

    /** The usual arithmetic conversions of two operands (C11 6.3.1.8), on promoted types. */
    static CType usual(CType a, CType b) {
        a = a.promoted();
        b = b.promoted();
        if (a == b) return a;
        if (a.signed == b.signed) return a.rank >= b.rank ? a : b;
        CType u = a.signed ? b : a;
        CType s = a.signed ? a : b;
        if (u.rank >= s.rank) return u;
        if (s.bits > u.bits) return s;
        return s.unsignedVersion();
    }

    /** How a C programmer writes the type, for messages. */
    String spelling() {
        return switch (this) {
            case BOOL -> "bool";
            case CHAR -> "char";
            case UCHAR -> "unsigned char";
            case SHORT -> "short";
            case USHORT -> "unsigned short";
            case INT -> "int";
            case UINT -> "unsigned int";
            case LONG -> "long";
            case ULONG -> "unsigned long";
            case LLONG -> "long long";
            case ULLONG -> "unsigned long long";
        };
    }
}
