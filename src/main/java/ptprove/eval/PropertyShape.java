package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * A property split the way its obligation reads: the top-level bound variables (the outermost {@code forall} of
 * a theorem, {@code exists} of an example, over values only), the assumptions as separate conjuncts (each var's
 * {@code where}, each binder's domain, the quantifier's {@code where}, split at {@code &&}), and the claim.
 */
final class PropertyShape {
    /** One assumption: a boolean expression, or a binder's domain membership. */
    record Conjunct(String label, Expr expr, Expr.Binder binder) {
        boolean holds(Evaluator ev, Env env) {
            if (expr != null) return ev.truth(expr, env);
            Symbol.LocalSym sym = (Symbol.LocalSym) ev.program.symbol(binder);
            Object v = env.get(sym);
            if (!(v instanceof Long value)) {
                throw new EvalException(EvalException.Reason.UNBOUND, binder.span(), "no value for '" + sym.name() + "'");
            }
            return ev.inDomain(binder.domain(), value, env);
        }
    }

    final Decl.Property property;
    final List<Expr.Binder> binders;
    final List<Conjunct> varConjuncts = new ArrayList<>();
    final List<Conjunct> domainConjuncts = new ArrayList<>();
    final List<Conjunct> whereConjuncts = new ArrayList<>();
    final Expr claim;

    PropertyShape(Program program, Decl.Property p) {
        this.property = p;
        for (Decl.Var v : program.vars()) {
            if (v.where() != null) split(v.where(), "var " + v.name().text() + ": ", varConjuncts);
        }
        Expr body = p.body();
        if (body instanceof Expr.Quant q && strippable(program, q, p.kind() == Decl.PropertyKind.THEOREM)) {
            binders = q.binders();
            for (Expr.Binder b : q.binders()) {
                if (b.domain() != null) domainConjuncts.add(new Conjunct(b.span().text(), null, b));
            }
            if (q.where() != null) split(q.where(), "", whereConjuncts);
            claim = q.body();
        } else {
            binders = List.of();
            claim = body;
        }
    }

    /** The outermost quantifier of a theorem (forall) or example (exists), over values only. */
    static boolean strippable(Program program, Expr.Quant q, boolean theorem) {
        if ((q.quantifier() == Expr.Quantifier.FORALL) != theorem) return false;
        for (Expr.Binder b : q.binders()) {
            if (b.domain() instanceof Expr.EnumSet) return false;
            if (b.domain() instanceof Expr.NamedSet ns && program.symbol(ns) instanceof Symbol.PagetableSym) return false;
        }
        return true;
    }

    List<Conjunct> allConjuncts() {
        List<Conjunct> all = new ArrayList<>(varConjuncts);
        all.addAll(domainConjuncts);
        all.addAll(whereConjuncts);
        return all;
    }

    private static void split(Expr e, String prefix, List<Conjunct> out) {
        if (e instanceof Expr.Binary b && b.op() == Expr.BinOp.AND) {
            split(b.left(), prefix, out);
            split(b.right(), prefix, out);
        } else {
            out.add(new Conjunct(prefix + e.span().text().replaceAll("\\s+", " ") + " (" + e.span().location() + ")",
                    e, null));
        }
    }
}
