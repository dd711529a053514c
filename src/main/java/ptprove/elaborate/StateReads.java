package ptprove.elaborate;

import java.util.LinkedHashSet;
import java.util.Set;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Exprs;

/** The state fields an expression reads, directly or through views (fns cannot read state). */
final class StateReads {
    private StateReads() {}

    static Set<Decl.State> of(Program program, Expr e) {
        Set<Decl.State> out = new LinkedHashSet<>();
        collect(program, e, out);
        return out;
    }

    private static void collect(Program program, Expr e, Set<Decl.State> out) {
        if (e instanceof Expr.NameRef ref) {
            Symbol s = program.symbol(ref);
            if (s instanceof Symbol.StateSym f) out.add(f.decl());
            else if (s instanceof Symbol.ViewSym v) collect(program, v.decl().value(), out);
            return;
        }
        for (Expr c : Exprs.children(e)) collect(program, c, out);
    }
}
