package ptprove.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Node;

/**
 * What must be known per configuration before any solving: requires (to enumerate configurations), pagetable
 * geometry (the walk is unrolled per level), permanence conditions and property conditions. Those may depend on
 * params and lets of params, never on a {@code var} (a symbolic boot-time value).
 */
final class ConstancyRules {
    private final Diagnostics diags;
    private final Map<Node, Symbol> symbols;
    private final Set<Decl.Named> symbolic = new HashSet<>();

    ConstancyRules(Diagnostics diags, Map<Node, Symbol> symbols, Map<Decl.Named, Set<Decl.Named>> dependencies) {
        this.diags = diags;
        this.symbols = symbols;
        for (Decl.Named d : dependencies.keySet()) if (d instanceof Decl.Var) symbolic.add(d);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Decl.Named, Set<Decl.Named>> e : dependencies.entrySet()) {
                if (symbolic.contains(e.getKey()) || e.getKey() instanceof Decl.Property) continue;
                for (Decl.Named dep : e.getValue()) {
                    if (symbolic.contains(dep)) {
                        symbolic.add(e.getKey());
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    void check(List<Decl.Param> params, List<Decl.Require> requires, List<Decl.Pagetable> pagetables,
               List<Decl.Region> regions, List<Decl.Property> properties) {
        for (Decl.Require r : requires) constant(r.condition(), "a require");
        for (Decl.Pagetable pt : pagetables) {
            if (pt.vaBits() != null) constant(pt.vaBits(), "va_bits");
            for (Decl.Level lv : pt.levels()) {
                constant(lv.shift(), "a level's shift");
                if (lv.condition() != null) constant(lv.condition(), "a level's condition");
            }
        }
        for (Decl.Region r : regions) if (r.permanent() != null) constant(r.permanent(), "a permanence condition");
        for (Decl.Region r : regions) if (r.condition() != null) constant(r.condition(), "a region's condition");
        for (Decl.Property p : properties) if (p.condition() != null) constant(p.condition(), "a property's condition");
    }

    /** Kernel binding values, and lets bound to macros (a macro's value is known per configuration). */
    void checkKernelBindings(List<Expr> values, List<Decl.Let> boundLets) {
        for (Expr e : values) constant(e, "a kernel binding's value");
        for (Decl.Let l : boundLets) {
            if (symbolic.contains(l)) {
                diags.error(DiagnosticCode.NOT_CONSTANT, l.name().span(), "'" + l.name().text() + "' depends on a"
                        + " var, but the kernel macro bound to it is known per configuration");
            }
        }
    }

    /** Granules decide how state is chunked: a {@code per} of a field, a {@code by}/{@code step} of a loop. */
    void checkGranules(List<Decl.State> states, List<Decl.Event> events) {
        for (Decl.State st : states) constant(st.granule(), "a state field's granule");
        for (Decl.Event ev : events) loops(ev.body());
    }

    private void loops(ptprove.syntax.ast.Stmt s) {
        if (s instanceof ptprove.syntax.ast.Stmt.Block b) {
            for (ptprove.syntax.ast.Stmt st : b.stmts()) loops(st);
        } else if (s instanceof ptprove.syntax.ast.Stmt.If i) {
            loops(i.then());
            if (i.otherwise() != null) loops(i.otherwise());
        } else if (s instanceof ptprove.syntax.ast.Stmt.Loop l) {
            constant(l.granule(), "a loop's granule");
            loops(l.body());
        }
    }

    private void constant(Expr e, String what) {
        Node culprit = firstSymbolic(e);
        if (culprit != null) {
            diags.error(DiagnosticCode.NOT_CONSTANT, culprit.span(), what + " must be known per configuration"
                    + " (params and lets of params), but '" + culprit.span().text() + "' depends on a var");
        }
    }

    private Node firstSymbolic(Expr e) {
        if (e instanceof Expr.NameRef ref) return isSymbolic(symbols.get(ref)) ? ref : null;
        if (e instanceof Expr.Call c) {
            if (isSymbolic(symbols.get(c))) return c;
            for (Expr a : c.args()) { Node n = firstSymbolic(a); if (n != null) return n; }
            return null;
        }
        if (e instanceof Expr.Member m) {
            Node n = firstSymbolic(m.target());
            if (n != null) return n;
            if (m.args() != null) for (Expr a : m.args()) { n = firstSymbolic(a); if (n != null) return n; }
            return null;
        }
        if (e instanceof Expr.Unary u) return firstSymbolic(u.operand());
        if (e instanceof Expr.Binary b) {
            Node n = firstSymbolic(b.left());
            return n != null ? n : firstSymbolic(b.right());
        }
        if (e instanceof Expr.Cond c) {
            Node n = firstSymbolic(c.condition());
            if (n == null) n = firstSymbolic(c.then());
            return n != null ? n : firstSymbolic(c.otherwise());
        }
        if (e instanceof Expr.In in) {
            Node n = firstSymbolic(in.element());
            if (n != null) return n;
            if (in.set() instanceof Expr.EnumSet s) for (Expr i : s.items()) { n = firstSymbolic(i); if (n != null) return n; }
            if (in.set() instanceof Expr.RangeSet r) { n = firstSymbolic(r.start()); return n != null ? n : firstSymbolic(r.end()); }
            if (in.set() instanceof Expr.NamedSet ns && isSymbolic(symbols.get(ns))) return ns;
            return null;
        }
        if (e instanceof Expr.Tuple t) {
            for (Expr i : t.items()) { Node n = firstSymbolic(i); if (n != null) return n; }
            return null;
        }
        if (e instanceof Expr.Within w) {
            Node n = firstSymbolic(w.inner());
            return n != null ? n : firstSymbolic(w.outer());
        }
        return null;
    }

    private boolean isSymbolic(Symbol s) {
        if (s == null) return false;
        Decl.Named d = Checker.declOf(s);
        return d != null && symbolic.contains(d);
    }

}
