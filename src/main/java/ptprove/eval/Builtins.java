package ptprove.eval;

import java.util.List;
import ptprove.check.Builtin;
import ptprove.syntax.ast.Expr;

/** The built-in functions, with the kernel's definitions (include/linux/align.h, pgtable.h, bits.h). */
final class Builtins {
    private final Evaluator ev;

    Builtins(Evaluator ev) { this.ev = ev; }

    Object apply(Builtin b, Expr.Call call, Env env) {
        List<Expr> args = call.args();
        Bits bits = ev.bits;
        switch (b) {
            case MASK: case SHIFT: case SPAN: case PRESENT: case IS_LEAF: {
                LevelValue l = ev.as(LevelValue.class, args.get(0), env);
                Geometry g = l.geometry();
                return switch (b) {
                    case MASK -> g.mask(l.info());
                    case SHIFT -> (long) l.info().shift();
                    case SPAN -> g.span(l.info());
                    case PRESENT -> l.info().present();
                    default -> g.isLeaf(l.info());
                };
            }
            case INDEX: {
                LevelValue l = ev.as(LevelValue.class, args.get(0), env);
                return l.geometry().index(l.info(), ev.num(args.get(1), env));
            }
            case ENTRY_BASE: {
                LevelValue l = ev.as(LevelValue.class, args.get(0), env);
                return ev.num(args.get(1), env) & l.geometry().mask(l.info());
            }
            case SAME_TABLE_BELOW: {
                LevelValue l = ev.as(LevelValue.class, args.get(0), env);
                int sh = l.info().shift();
                return bits.shr(ev.num(args.get(1), env), sh) == bits.shr(ev.num(args.get(2), env), sh);
            }
            case OVERLAPS: {
                RegionValue r1 = ev.as(RegionValue.class, args.get(0), env);
                RegionValue r2 = ev.as(RegionValue.class, args.get(1), env);
                return ev.ranges.overlaps(r1.start(), r1.end(), r2.start(), r2.end());
            }
            case SHARES_TABLE: {
                RegionValue r1 = ev.as(RegionValue.class, args.get(0), env);
                RegionValue r2 = ev.as(RegionValue.class, args.get(1), env);
                Geometry g = ev.geometry(ev.program.pagetableOf(call));
                for (Geometry.Level l : g.nonLeafPresent()) {
                    if (ev.ranges.shareEntry(r1.start(), r1.end(), r2.start(), r2.end(), l.shift())) return true;
                }
                return false;
            }
            default:
                break;
        }
        long x = ev.num(args.get(0), env);
        if (b == Builtin.BIT) return bits.shl(1, x);
        long a = ev.num(args.get(1), env);
        return switch (b) {
            case ALIGNED -> (x & bits.sub(a, 1)) == 0;
            case ROUND_DOWN -> x & bits.not(bits.sub(a, 1));
            case ROUND_UP -> bits.add(bits.sub(x, 1) | bits.sub(a, 1), 1);
            case MIN -> bits.min(x, a);
            case MAX -> bits.max(x, a);
            default -> throw new EvalException(EvalException.Reason.INTERNAL, call.span(),
                    "internal error: built-in " + b.spelling() + " not handled");
        };
    }
}
