package ptprove.kernel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.source.SourceFile;
import ptprove.source.Span;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Name;
import ptprove.syntax.ast.TypeName;

/**
 * Turns a C expression of a function body into the spec language's AST, keeping C's meaning. The spec computes
 * in unsigned long and bool; so does the subset: every parameter and local is a 64-bit unsigned or a bool, and a
 * subexpression without variables is folded here with C's own rules (int arithmetic, promotions), so that what
 * reaches the spec is either unsigned-long arithmetic, where C and the spec agree, or a constant. Where C would
 * compute a run-time value in another type (a shift of an {@code int} constant by a variable, arithmetic on a
 * comparison's {@code int} result, a cast to a narrower type) the construct is rejected, never approximated.
 */
final class CToSpec {
    /** What a translated expression is in C: a 64-bit unsigned, a truth value, a constant, or a call's result. */
    enum Kind { ULONG, BOOL, CONST, CALL }

    record Typed(Expr expr, Kind kind, CValue constant) {}

    private final SourceFile file;
    private final CEvaluator constants;
    private final Map<String, TypeName> scope;

    CToSpec(SourceFile file, CEvaluator constants, Map<String, TypeName> scope) {
        this.file = file;
        this.constants = constants;
        this.scope = scope;
    }

    Span span(int start, int end) { return file.span(start, end); }

    /** As a number (unsigned long): constants converted as C converts them to unsigned long. */
    Expr number(CExpr e) throws CProblem { return asNumber(translate(e), e); }

    /** As a condition: a truth value, a number (C truthiness), or a constant folded to true/false. */
    Expr condition(CExpr e) throws CProblem { return asCondition(translate(e), e); }

    /** As a bool value: numbers become {@code x != 0}, as C converts to _Bool. */
    Expr bool(CExpr e) throws CProblem { return asBool(translate(e), e); }

    private Expr asNumber(Typed t, CExpr e) {
        return switch (t.kind()) {
            case CONST -> literal(t.constant().to(CType.ULONG), e);
            case BOOL -> new Expr.Cond(t.expr().span(), t.expr(), lit(1, e), lit(0, e));
            default -> t.expr();
        };
    }

    private Expr asCondition(Typed t, CExpr e) {
        if (t.kind() == Kind.CONST) return new Expr.BoolLit(span(e.start(), e.end()), t.constant().isTrue());
        return t.expr();
    }

    private Expr asBool(Typed t, CExpr e) {
        if (t.kind() == Kind.CONST) return new Expr.BoolLit(span(e.start(), e.end()), t.constant().isTrue());
        if (t.kind() == Kind.ULONG) return new Expr.Binary(t.expr().span(), Expr.BinOp.NE, t.expr(), lit(0, e));
        return t.expr();
    }

    Typed translate(CExpr e) throws CProblem {
        if (constants.isConstant(e) && !(e instanceof CExpr.Ident)) {
            CValue v = constants.eval(e);
            return new Typed(literal(v.to(CType.ULONG), e), Kind.CONST, v);
        }
        if (e instanceof CExpr.Ident id) return identifier(id);
        if (e instanceof CExpr.Unary u) return unary(u);
        if (e instanceof CExpr.Binary b) return binary(b);
        if (e instanceof CExpr.Cond c) return cond(c);
        if (e instanceof CExpr.Cast c) return cast(c);
        if (e instanceof CExpr.Call c) return call(c);
        throw new CProblem("sizeof of a run-time expression (outside the supported C subset)", e);
    }

    private Typed identifier(CExpr.Ident id) throws CProblem {
        Span s = span(id.start(), id.end());
        if (id.name().equals("true") || id.name().equals("false")) {
            return new Typed(new Expr.BoolLit(s, id.name().equals("true")), Kind.BOOL, null);
        }
        TypeName t = scope.get(id.name());
        if (t == null) {
            throw new CProblem("'" + id.name() + "' is neither a parameter nor a local: a global variable or a"
                    + " name no bound header defines (outside the pure integer subset)", id);
        }
        return new Typed(new Expr.NameRef(s, id.name()), t == TypeName.BOOL ? Kind.BOOL : Kind.ULONG, null);
    }

    private Typed unary(CExpr.Unary u) throws CProblem {
        Span s = span(u.start(), u.end());
        if (u.op().equals("!")) return new Typed(new Expr.Unary(s, Expr.UnOp.NOT, condition(u.operand())), Kind.BOOL, null);
        Expr operand = arithmetic(u.operand(), u);
        return switch (u.op()) {
            case "-" -> new Typed(new Expr.Unary(s, Expr.UnOp.NEG, operand), Kind.ULONG, null);
            case "~" -> new Typed(new Expr.Unary(s, Expr.UnOp.COMPL, operand), Kind.ULONG, null);
            default -> new Typed(operand, Kind.ULONG, null);
        };
    }

    /** An operand of arithmetic: a truth value here would be C int arithmetic on 0/1, which the subset excludes. */
    private Expr arithmetic(CExpr operand, CExpr op) throws CProblem { return arithmetic(translate(operand), operand, op); }

    private Expr arithmetic(Typed t, CExpr operand, CExpr op) throws CProblem {
        if (t.kind() == Kind.BOOL) {
            throw new CProblem("arithmetic on a truth value (C computes it in int; outside the supported subset)", op);
        }
        if (t.kind() == Kind.CONST) return literal(t.constant().to(CType.ULONG), operand);
        return t.expr();
    }

    private Typed binary(CExpr.Binary b) throws CProblem {
        Span s = span(b.start(), b.end());
        Expr.BinOp op = Expr.BinOp.fromSymbol(b.op());
        if (op == Expr.BinOp.AND || op == Expr.BinOp.OR) {
            return new Typed(new Expr.Binary(s, op, condition(b.left()), condition(b.right())), Kind.BOOL, null);
        }
        if (op == Expr.BinOp.SHL || op == Expr.BinOp.SHR) {
            CType left = constants.isConstant(b.left()) ? constants.typeOf(b.left()).promoted() : CType.ULONG;
            if (left.bits != 64 || left.signed) {
                throw new CProblem("shift of " + article(left) + " constant by a run-time amount: C computes it in "
                        + left.spelling() + ", not unsigned long (write the constant with UL)", b);
            }
        }
        Typed lt = translate(b.left());
        Typed rt = translate(b.right());
        if (op.isEquality() && lt.kind() == Kind.BOOL && rt.kind() == Kind.BOOL) {
            return new Typed(new Expr.Binary(s, op, lt.expr(), rt.expr()), Kind.BOOL, null);
        }
        Expr l = arithmetic(lt, b.left(), b);
        Expr r = arithmetic(rt, b.right(), b);
        boolean truth = op.isComparison() || op.isEquality();
        return new Typed(new Expr.Binary(s, op, l, r), truth ? Kind.BOOL : Kind.ULONG, null);
    }

    private Typed cond(CExpr.Cond c) throws CProblem {
        Span s = span(c.start(), c.end());
        Typed then = translate(c.then());
        Typed otherwise = translate(c.otherwise());
        boolean truth = then.kind() == Kind.BOOL || otherwise.kind() == Kind.BOOL;
        Expr a = truth ? asBool(then, c.then()) : asNumber(then, c.then());
        Expr b = truth ? asBool(otherwise, c.otherwise()) : asNumber(otherwise, c.otherwise());
        return new Typed(new Expr.Cond(s, condition(c.condition()), a, b), truth ? Kind.BOOL : Kind.ULONG, null);
    }

    private Typed cast(CExpr.Cast c) throws CProblem {
        if (c.type().isStruct()) throw new CProblem("cast to " + c.type().spelling() + " (outside the supported C subset)", c);
        CType t = c.type().basic();
        if (t == CType.BOOL) return new Typed(bool(c.operand()), Kind.BOOL, null);
        if (t.bits == 64 && !t.signed) return new Typed(number(c.operand()), Kind.ULONG, null);
        throw new CProblem("cast of a run-time value to " + c.type().spelling() + " (only 64-bit unsigned and bool"
                + " values are in the supported subset)", c);
    }

    private Typed call(CExpr.Call c) throws CProblem {
        if (c.name().equals("__builtin_expect") && c.args().size() == 2) return translate(c.args().get(0));
        if (CBuiltins.isBuiltin(c.name())) {
            throw new CProblem(c.name() + " of a run-time value (outside the supported C subset)", c);
        }
        List<Expr> args = new ArrayList<>();
        for (CExpr a : c.args()) {
            Typed t = translate(a);
            args.add(t.kind() == Kind.CONST ? literal(t.constant().to(CType.ULONG), a) : t.expr());
        }
        Span callee = span(c.start(), c.start() + c.name().length());
        return new Typed(new Expr.Call(span(c.start(), c.end()), new Name(c.name(), callee), args), Kind.CALL, null);
    }

    private Expr literal(CValue v, CExpr at) {
        return new Expr.IntLit(span(at.start(), at.end()), new BigInteger(Long.toUnsignedString(v.asUnsignedLong())),
                at instanceof CExpr.Num n ? n.text() : display(v));
    }

    private Expr lit(long v, CExpr at) {
        return new Expr.IntLit(span(at.start(), at.end()), BigInteger.valueOf(v), Long.toString(v));
    }

    static String display(CValue v) {
        long u = v.asUnsignedLong();
        if (v.type().signed && v.bits() < 0 && v.bits() > -0x10000) return Long.toString(v.bits());
        return Long.compareUnsigned(u, 0x10000) < 0 ? Long.toString(u) : "0x" + Long.toHexString(u);
    }

    private static String article(CType t) {
        return (t.spelling().startsWith("int") || t.spelling().startsWith("unsigned") ? "an " : "a ") + t.spelling();
    }
}
