package ptprove.ir;

/** Operators of the IR: SMT-LIB QF_BV's, one for one, so the lowering is a transliteration. */
public enum Op {
    // bit-vector -> bit-vector
    BVNOT("bvnot", 1), BVNEG("bvneg", 1),
    ADD("bvadd", 2), SUB("bvsub", 2), MUL("bvmul", 2), UDIV("bvudiv", 2), UREM("bvurem", 2),
    SHL("bvshl", 2), LSHR("bvlshr", 2), BVAND("bvand", 2), BVOR("bvor", 2), BVXOR("bvxor", 2),
    // bit-vector -> bool
    ULT("bvult", 2), ULE("bvule", 2),
    /** Equality of two bit-vectors or two booleans (iff). */
    EQ("=", 2),
    // bool -> bool
    NOT("not", 1), AND("and", -1), OR("or", -1), IMPLIES("=>", 2);

    private final String smt;
    private final int arity;

    Op(String smt, int arity) {
        this.smt = smt;
        this.arity = arity;
    }

    public String smt() { return smt; }
    /** -1 for n-ary. */
    public int arity() { return arity; }
    public boolean yieldsBool() { return ordinal() >= ULT.ordinal(); }
}
