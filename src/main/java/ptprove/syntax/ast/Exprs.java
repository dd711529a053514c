package ptprove.syntax.ast;

import java.util.ArrayList;
import java.util.List;

/** Walking expressions without a visitor per pass: the direct sub-expressions of each kind of node. */
public final class Exprs {
    private Exprs() {}

    /**
     * The direct sub-expressions of {@code e}, in source order: operands, arguments, a member's target and
     * arguments, an {@code in}'s element and its set's items or bounds, a quantifier's binder bounds, where and body.
     */
    public static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Unary u) out.add(u.operand());
        else if (e instanceof Expr.Binary b) { out.add(b.left()); out.add(b.right()); }
        else if (e instanceof Expr.Cond c) { out.add(c.condition()); out.add(c.then()); out.add(c.otherwise()); }
        else if (e instanceof Expr.Call c) out.addAll(c.args());
        else if (e instanceof Expr.Member m) {
            out.add(m.target());
            if (m.args() != null) out.addAll(m.args());
        } else if (e instanceof Expr.In in) {
            out.add(in.element());
            set(in.set(), out);
        } else if (e instanceof Expr.Within w) { out.add(w.inner()); out.add(w.outer()); }
        else if (e instanceof Expr.Tuple t) out.addAll(t.items());
        else if (e instanceof Expr.Quant q) {
            for (Expr.Binder b : q.binders()) if (b.domain() != null) set(b.domain(), out);
            if (q.where() != null) out.add(q.where());
            out.add(q.body());
        }
        return out;
    }

    private static void set(Expr.SetExpr s, List<Expr> out) {
        if (s instanceof Expr.EnumSet set) out.addAll(set.items());
        else if (s instanceof Expr.RangeSet r) { out.add(r.start()); out.add(r.end()); }
    }
}
