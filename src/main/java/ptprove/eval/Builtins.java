package ptprove.eval;

import java.util.List;
import ptprove.check.Builtin;
import ptprove.syntax.ast.Expr;

/**
 * The built-in functions, with the kernel's definitions (include/linux/align.h, pgtable.h, bits.h). One case per
 * built-in and no default, so a new built-in does not compile until it has a meaning here (independently of the
 * closed forms in {@code elaborate}).
 */
final class Builtins {
    private final Evaluator ev;

    Builtins(Evaluator ev) { this.ev = ev; }

    Object apply(Builtin b, Expr.Call call, Env env) {
        List<Expr> args = call.args();
        Bits bits = ev.bits;
        return switch (b) {
            case MASK -> mask(level(args, env));
            case SHIFT -> (long) level(args, env).info().shift();
            case SPAN -> span(level(args, env));
            case PRESENT -> level(args, env).info().present();
            case IS_LEAF -> isLeaf(level(args, env));
            case INDEX -> index(level(args, env), num(args, 1, env));
            case ENTRY_BASE -> entryBase(level(args, env), num(args, 1, env));
            case SAME_TABLE_BELOW -> sameTableBelow(level(args, env), num(args, 1, env), num(args, 2, env));
            case OVERLAPS -> overlaps(region(args, 0, env), region(args, 1, env));
            case SHARES_TABLE -> sharesTable(call, region(args, 0, env), region(args, 1, env));
            case ALIGNED -> (num(args, 0, env) & bits.sub(num(args, 1, env), 1)) == 0;
            case ROUND_DOWN -> num(args, 0, env) & bits.not(bits.sub(num(args, 1, env), 1));
            case ROUND_UP -> bits.add(bits.sub(num(args, 0, env), 1) | bits.sub(num(args, 1, env), 1), 1);
            case MIN -> bits.min(num(args, 0, env), num(args, 1, env));
            case MAX -> bits.max(num(args, 0, env), num(args, 1, env));
            case BIT -> bits.shl(1, num(args, 0, env));
        };
    }

    private LevelValue level(List<Expr> args, Env env) {
        return ev.as(LevelValue.class, args.get(0), env);
    }

    private RegionValue region(List<Expr> args, int i, Env env) {
        return ev.as(RegionValue.class, args.get(i), env);
    }

    private long num(List<Expr> args, int i, Env env) {
        return ev.num(args.get(i), env);
    }

    private static long mask(LevelValue l) { return l.geometry().mask(l.info()); }

    private static long span(LevelValue l) { return l.geometry().span(l.info()); }

    private static boolean isLeaf(LevelValue l) { return l.geometry().isLeaf(l.info()); }

    private static long index(LevelValue l, long a) { return l.geometry().index(l.info(), a); }

    private static long entryBase(LevelValue l, long a) { return a & mask(l); }

    private boolean sameTableBelow(LevelValue l, long x, long y) {
        int sh = l.info().shift();
        return ev.bits.shr(x, sh) == ev.bits.shr(y, sh);
    }

    private boolean overlaps(RegionValue r1, RegionValue r2) {
        return ev.ranges.overlaps(r1.start(), r1.end(), r2.start(), r2.end());
    }

    private boolean sharesTable(Expr.Call call, RegionValue r1, RegionValue r2) {
        Geometry g = ev.geometry(ev.program.pagetableOf(call));
        for (Geometry.Level l : g.nonLeafPresent()) {
            if (ev.ranges.shareEntry(r1.start(), r1.end(), r2.start(), r2.end(), l.shift())) return true;
        }
        return false;
    }
}
