package ptprove.elaborate;

import java.util.LinkedHashSet;
import java.util.Set;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/** The state fields an expression reads, directly or through views (fns cannot read state). */
final class StateReads {
    private StateReads() {}

    static Set<Decl.State> of(Program program, Expr e) {
        Set<Decl.State> out = new LinkedHashSet<>();
        collect(program, e, out);
        return out;
    }

    private static void collect(Program program, Expr e, Set<Decl.State> out) {
        if (e == null) return;
        if (e instanceof Expr.NameRef ref) {
            Symbol s = program.symbol(ref);
            if (s instanceof Symbol.StateSym f) out.add(f.decl());
            else if (s instanceof Symbol.ViewSym v) collect(program, v.decl().value(), out);
        } else if (e instanceof Expr.Unary u) {
            collect(program, u.operand(), out);
        } else if (e instanceof Expr.Binary b) {
            collect(program, b.left(), out);
            collect(program, b.right(), out);
        } else if (e instanceof Expr.Cond c) {
            collect(program, c.condition(), out);
            collect(program, c.then(), out);
            collect(program, c.otherwise(), out);
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) collect(program, a, out);
        } else if (e instanceof Expr.Member m) {
            collect(program, m.target(), out);
            if (m.args() != null) for (Expr a : m.args()) collect(program, a, out);
        } else if (e instanceof Expr.In in) {
            collect(program, in.element(), out);
            if (in.set() instanceof Expr.EnumSet s) for (Expr i : s.items()) collect(program, i, out);
            if (in.set() instanceof Expr.RangeSet r) {
                collect(program, r.start(), out);
                collect(program, r.end(), out);
            }
        } else if (e instanceof Expr.Tuple t) {
            for (Expr i : t.items()) collect(program, i, out);
        }
    }
}
