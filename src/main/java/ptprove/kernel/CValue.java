package ptprove.kernel;

/** A C integer value: its bits normalised to {@code type} (see {@link CType#normalise}). */
record CValue(long bits, CType type) {
    static CValue of(long v, CType type) { return new CValue(type.normalise(v), type); }

    CValue to(CType t) { return of(bits, t); }

    boolean isTrue() { return bits != 0; }

    /** The value converted to unsigned long, as a spec's let holds it. */
    long asUnsignedLong() { return CType.ULONG.normalise(bits); }
}
