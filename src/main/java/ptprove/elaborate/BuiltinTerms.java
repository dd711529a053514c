package ptprove.elaborate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.check.Builtin;
import ptprove.check.Symbol;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;
import ptprove.syntax.ast.Expr;

/**
 * The built-in functions as terms, with the kernel's definitions (include/linux/align.h, pgtable.h, bits.h). One
 * case per built-in and no default, so a new built-in does not compile until it has a closed form here (the
 * reference evaluator's {@code eval.Builtins} has its own, independent switch).
 */
final class BuiltinTerms {
    private final Translator tr;
    private final ConfigContext ctx;
    private final int w;

    BuiltinTerms(Translator tr, ConfigContext ctx) {
        this.tr = tr;
        this.ctx = ctx;
        this.w = ctx.width;
    }

    Value apply(Builtin b, Expr.Call call, Map<Symbol.LocalSym, Value> env) {
        Span sp = call.span();
        List<Expr> a = call.args();
        return new Value.Of(switch (b) {
            case MASK -> Terms.bv(mask(level(a, env)), w, sp);
            case SHIFT -> Terms.bv(level(a, env).info().shift(), w, sp);
            case SPAN -> Terms.bv(1L << level(a, env).info().shift(), w, sp);
            case PRESENT -> Terms.bool(level(a, env).info().present(), sp);
            case IS_LEAF -> isLeaf(level(a, env), sp);
            case INDEX -> index(level(a, env), tr.term(a.get(1), env), sp);
            case ENTRY_BASE -> Terms.bin(Op.BVAND, tr.term(a.get(1), env), Terms.bv(mask(level(a, env)), w, sp), sp);
            case SAME_TABLE_BELOW -> sameTableBelow(level(a, env), tr.term(a.get(1), env), tr.term(a.get(2), env), sp);
            case OVERLAPS -> overlaps(region(a, 0, env), region(a, 1, env), sp);
            case SHARES_TABLE -> sharesTable(call, region(a, 0, env), region(a, 1, env), sp);
            case ALIGNED -> aligned(tr.term(a.get(0), env), tr.term(a.get(1), env), sp);
            case ROUND_DOWN -> roundDown(tr.term(a.get(0), env), tr.term(a.get(1), env), sp);
            case ROUND_UP -> roundUp(tr.term(a.get(0), env), tr.term(a.get(1), env), sp);
            case MIN -> min(tr.term(a.get(0), env), tr.term(a.get(1), env), sp);
            case MAX -> max(tr.term(a.get(0), env), tr.term(a.get(1), env), sp);
            case BIT -> Terms.bin(Op.SHL, Terms.bv(1, w, sp), tr.term(a.get(0), env), sp);
        });
    }

    private Value.Level level(List<Expr> args, Map<Symbol.LocalSym, Value> env) {
        return (Value.Level) tr.value(args.get(0), env);
    }

    private Value.Region region(List<Expr> args, int i, Map<Symbol.LocalSym, Value> env) {
        return (Value.Region) tr.value(args.get(i), env);
    }

    private static long mask(Value.Level l) {
        return ~((1L << l.info().shift()) - 1);
    }

    private static Term isLeaf(Value.Level l, Span sp) {
        return Terms.bool(l.ordinal() == l.geometry().leafOrdinal(), sp);
    }

    private Term index(Value.Level l, Term a, Span sp) {
        Term shifted = Terms.bin(Op.LSHR, a, Terms.bv(l.info().shift(), w, sp), sp);
        return Terms.bin(Op.BVAND, shifted, Terms.bv(l.geometry().entries(l.ordinal()) - 1, w, sp), sp);
    }

    private Term sameTableBelow(Value.Level l, Term x, Term y, Span sp) {
        Term sh = Terms.bv(l.info().shift(), w, sp);
        return Terms.eq(Terms.bin(Op.LSHR, x, sh, sp), Terms.bin(Op.LSHR, y, sh, sp), sp);
    }

    private Term overlaps(Value.Region r1, Value.Region r2, Span sp) {
        return Regions.overlaps(r1.start(), r1.end(), r2.start(), r2.end(), w, sp);
    }

    private Term sharesTable(Expr.Call call, Value.Region r1, Value.Region r2, Span sp) {
        ConfigGeometry g = ctx.geometry(ctx.program.pagetableOf(call));
        List<Term> perLevel = new ArrayList<>();
        for (ConfigGeometry.LevelInfo l : g.nonLeafPresent()) {
            perLevel.add(Regions.shareEntry(r1.start(), r1.end(), r2.start(), r2.end(), l.shift(), w, sp));
        }
        return Terms.or(perLevel, sp);
    }

    /** IS_ALIGNED(x, a): (x & (a - 1)) == 0. */
    private Term aligned(Term x, Term a, Span sp) {
        return Terms.eq(Terms.bin(Op.BVAND, x, minusOne(a, sp), sp), Terms.bv(0, w, sp), sp);
    }

    /** round_down(x, a): x & ~(a - 1). */
    private Term roundDown(Term x, Term a, Span sp) {
        return Terms.bin(Op.BVAND, x, Terms.un(Op.BVNOT, minusOne(a, sp), sp), sp);
    }

    /** round_up(x, a): ((x - 1) | (a - 1)) + 1. */
    private Term roundUp(Term x, Term a, Span sp) {
        return Terms.bin(Op.ADD, Terms.bin(Op.BVOR, minusOne(x, sp), minusOne(a, sp), sp), Terms.bv(1, w, sp), sp);
    }

    private static Term min(Term x, Term y, Span sp) {
        return Terms.ite(Terms.ule(x, y, sp), x, y, sp);
    }

    private static Term max(Term x, Term y, Span sp) {
        return Terms.ite(Terms.ule(x, y, sp), y, x, sp);
    }

    private Term minusOne(Term x, Span sp) {
        return Terms.bin(Op.SUB, x, Terms.bv(1, w, sp), sp);
    }
}
