package ptprove.kernel;

import java.util.Map;

/**
 * Evaluates a {@link CExpr} as gcc does for a 64-bit kernel: integer promotions, the usual arithmetic
 * conversions, unsigned wrap-around, signed and unsigned division and shifts, lazy {@code &&}, {@code ||} and
 * {@code ?:} (the branch not taken is typed but never evaluated, as {@code __builtin_constant_p} guards rely on).
 * Names that survive preprocessing must be run-time kernel variables the spec binds, or {@code true}/{@code false}.
 */
final class CEvaluator {
    private final Map<String, Long> variables;
    private final Map<String, Long> structSizes;

    /**
     * @param variables   run-time kernel variables (e.g. {@code vabits_actual}) with the values a spec binds
     * @param structSizes {@code sizeof(struct NAME)} by NAME, as a spec binds them
     */
    CEvaluator(Map<String, Long> variables, Map<String, Long> structSizes) {
        this.variables = variables;
        this.structSizes = structSizes;
    }

    CValue eval(CExpr e) throws CProblem {
        if (e instanceof CExpr.Num n) return new CValue(n.value(), n.type());
        if (e instanceof CExpr.Ident id) return identifier(id);
        if (e instanceof CExpr.Unary u) return unary(u);
        if (e instanceof CExpr.Binary b) return binary(b);
        if (e instanceof CExpr.Cond c) {
            CType t = typeOf(e);
            return (eval(c.condition()).isTrue() ? eval(c.then()) : eval(c.otherwise())).to(t);
        }
        if (e instanceof CExpr.Cast c) return eval(c.operand()).to(scalar(c.type(), c));
        if (e instanceof CExpr.SizeofType s) return CValue.of(sizeOf(s.type(), s), CType.ULONG);
        if (e instanceof CExpr.SizeofExpr s) return CValue.of(typeOf(s.operand()).size(), CType.ULONG);
        return call((CExpr.Call) e);
    }

    /** The static C type of {@code e}, without evaluating it. */
    CType typeOf(CExpr e) throws CProblem {
        if (e instanceof CExpr.Num n) return n.type();
        if (e instanceof CExpr.Ident id) return identifierType(id);
        if (e instanceof CExpr.Unary u) return u.op().equals("!") ? CType.INT : typeOf(u.operand()).promoted();
        if (e instanceof CExpr.Binary b) return binaryType(b);
        if (e instanceof CExpr.Cond c) return CType.usual(typeOf(c.then()), typeOf(c.otherwise()));
        if (e instanceof CExpr.Cast c) return scalar(c.type(), c);
        if (e instanceof CExpr.SizeofType || e instanceof CExpr.SizeofExpr) return CType.ULONG;
        CExpr.Call call = (CExpr.Call) e;
        requireBuiltin(call);
        return CBuiltins.resultType(call.name());
    }

    /** Whether {@code e} is a compile-time constant: no run-time variable, no call of a non-builtin. */
    boolean isConstant(CExpr e) {
        if (e instanceof CExpr.Num || e instanceof CExpr.SizeofType) return true;
        if (e instanceof CExpr.Ident id) return isEnumConstant(id.name());
        if (e instanceof CExpr.Unary u) return isConstant(u.operand());
        if (e instanceof CExpr.Binary b) return isConstant(b.left()) && isConstant(b.right());
        if (e instanceof CExpr.Cond c) return isConstant(c.condition()) && isConstant(c.then()) && isConstant(c.otherwise());
        if (e instanceof CExpr.Cast c) return isConstant(c.operand());
        if (e instanceof CExpr.SizeofExpr) return true;
        CExpr.Call call = (CExpr.Call) e;
        if (call.name().equals("__builtin_constant_p")) return true;
        if (!CBuiltins.isBuiltin(call.name())) return false;
        for (CExpr a : call.args()) if (!isConstant(a)) return false;
        return true;
    }

    private static boolean isEnumConstant(String name) { return name.equals("true") || name.equals("false"); }

    private CValue identifier(CExpr.Ident id) throws CProblem {
        if (isEnumConstant(id.name())) return CValue.of(id.name().equals("true") ? 1 : 0, CType.INT);
        Long v = variables.get(id.name());
        if (v == null) throw unknownName(id);
        return CValue.of(v, CType.ULONG);
    }

    private CType identifierType(CExpr.Ident id) throws CProblem {
        if (isEnumConstant(id.name())) return CType.INT;
        if (!variables.containsKey(id.name())) throw unknownName(id);
        return CType.ULONG;
    }

    private static CProblem unknownName(CExpr.Ident id) {
        return new CProblem("'" + id.name() + "' is not a macro in this configuration; if it is a run-time kernel"
                + " variable, bind it in the spec (kernel variable " + id.name() + " = ...;)", id);
    }

    private CValue unary(CExpr.Unary u) throws CProblem {
        CValue v = eval(u.operand());
        if (u.op().equals("!")) return CValue.of(v.isTrue() ? 0 : 1, CType.INT);
        CType t = v.type().promoted();
        long x = v.to(t).bits();
        return switch (u.op()) {
            case "-" -> CValue.of(-x, t);
            case "~" -> CValue.of(~x, t);
            default -> CValue.of(x, t);
        };
    }

    private CType binaryType(CExpr.Binary b) throws CProblem {
        return switch (b.op()) {
            case "&&", "||", "==", "!=", "<", ">", "<=", ">=" -> CType.INT;
            case "<<", ">>" -> typeOf(b.left()).promoted();
            default -> CType.usual(typeOf(b.left()), typeOf(b.right()));
        };
    }

    private CValue binary(CExpr.Binary b) throws CProblem {
        switch (b.op()) {
            case "&&": return CValue.of(eval(b.left()).isTrue() && eval(b.right()).isTrue() ? 1 : 0, CType.INT);
            case "||": return CValue.of(eval(b.left()).isTrue() || eval(b.right()).isTrue() ? 1 : 0, CType.INT);
            case "<<": case ">>": return shift(b);
            default: break;
        }
        CValue l = eval(b.left());
        CValue r = eval(b.right());
        CType t = CType.usual(l.type(), r.type());
        long x = l.to(t).bits();
        long y = r.to(t).bits();
        boolean s = t.signed;
        return switch (b.op()) {
            case "+" -> CValue.of(x + y, t);
            case "-" -> CValue.of(x - y, t);
            case "*" -> CValue.of(x * y, t);
            case "/" -> CValue.of(s ? x / nonZero(y, b) : Long.divideUnsigned(x, nonZero(y, b)), t);
            case "%" -> CValue.of(s ? x % nonZero(y, b) : Long.remainderUnsigned(x, nonZero(y, b)), t);
            case "&" -> CValue.of(x & y, t);
            case "|" -> CValue.of(x | y, t);
            case "^" -> CValue.of(x ^ y, t);
            case "==" -> truth(x == y);
            case "!=" -> truth(x != y);
            case "<" -> truth(compare(x, y, s) < 0);
            case ">" -> truth(compare(x, y, s) > 0);
            case "<=" -> truth(compare(x, y, s) <= 0);
            case ">=" -> truth(compare(x, y, s) >= 0);
            default -> throw new CProblem("operator '" + b.op() + "' is not supported", b);
        };
    }

    private CValue shift(CExpr.Binary b) throws CProblem {
        CValue l = eval(b.left());
        CValue r = eval(b.right());
        CType t = l.type().promoted();
        long x = l.to(t).bits();
        long n = r.bits();
        if (r.type().signed ? n < 0 || n >= t.bits : Long.compareUnsigned(n, t.bits) >= 0) {
            throw new CProblem("shift by " + (r.type().signed ? Long.toString(n) : Long.toUnsignedString(n))
                    + " in a " + t.bits + "-bit " + t.spelling() + " is undefined", b);
        }
        if (b.op().equals("<<")) return CValue.of(x << n, t);
        return CValue.of(t.signed ? x >> n : x >>> n, t);
    }

    private static long nonZero(long y, CExpr at) throws CProblem {
        if (y == 0) throw new CProblem("division by zero", at);
        return y;
    }

    private static int compare(long x, long y, boolean signed) {
        return signed ? Long.compare(x, y) : Long.compareUnsigned(x, y);
    }

    private static CValue truth(boolean b) { return CValue.of(b ? 1 : 0, CType.INT); }

    private CValue call(CExpr.Call call) throws CProblem {
        requireBuiltin(call);
        String name = call.name();
        if (name.equals("__builtin_constant_p")) {
            arity(call, 1);
            return CValue.of(isConstant(call.args().get(0)) ? 1 : 0, CType.INT);
        }
        if (name.equals("__builtin_expect")) {
            arity(call, 2);
            return eval(call.args().get(0)).to(CType.LONG);
        }
        arity(call, 1);
        long x = eval(call.args().get(0)).to(CBuiltins.parameterType(name)).bits();
        return CValue.of(CBuiltins.apply(name, x, call), CBuiltins.resultType(name));
    }

    private static void requireBuiltin(CExpr.Call call) throws CProblem {
        if (!CBuiltins.isBuiltin(call.name())) {
            throw new CProblem("call of '" + call.name() + "', which is not a compiler builtin ptprove evaluates"
                    + " (a function call is outside a constant expression)", call);
        }
    }

    private static void arity(CExpr.Call call, int n) throws CProblem {
        if (call.args().size() != n) {
            throw new CProblem(call.name() + " takes " + n + " argument" + (n == 1 ? "" : "s") + ", not "
                    + call.args().size(), call);
        }
    }

    private CType scalar(CTypeName type, CExpr at) throws CProblem {
        if (type.isStruct()) throw new CProblem("cast to " + type.spelling() + " (outside the supported C subset)", at);
        return type.basic();
    }

    private long sizeOf(CTypeName type, CExpr at) throws CProblem {
        if (!type.isStruct()) return type.basic().size();
        Long size = structSizes.get(type.struct());
        if (size == null) {
            throw new CProblem("sizeof(struct " + type.struct() + ") is not bound; the spec must say it"
                    + " (kernel sizeof(struct " + type.struct() + ") = ...;)", at);
        }
        return size;
    }
}
