package ptprove.check;

import java.util.List;
import java.util.Map;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * Keeps every property quantifier-free after negation. A theorem is refuted by a model of its negation, so a
 * {@code forall} over values must sit in positive position and an {@code exists} (including the hidden choice in
 * {@code frees_table_of} / {@code frees_any}) in negative position; an example is the other way round. Then every
 * quantified value becomes a free variable of the query. Quantifiers over levels or finite sets expand into
 * finite conjunctions and may sit anywhere.
 */
final class PolarityRules {
    private enum Polarity {
        POS, NEG, BOTH;
        Polarity flip() { return this == POS ? NEG : this == NEG ? POS : BOTH; }
    }

    private final Diagnostics diags;
    private final Map<Expr.Member, MemberKind> members;
    private final Map<ptprove.syntax.ast.Node, Symbol> symbols;
    private Decl.PropertyKind kind;

    PolarityRules(Diagnostics diags, Map<Expr.Member, MemberKind> members, Map<ptprove.syntax.ast.Node, Symbol> symbols) {
        this.diags = diags;
        this.members = members;
        this.symbols = symbols;
    }

    void check(List<Decl.Property> properties) {
        for (Decl.Property p : properties) {
            kind = p.kind();
            visit(p.body(), Polarity.POS);
        }
    }

    /** The polarity at which an existential choice becomes a free variable. */
    private Polarity existentialOk() {
        return kind == Decl.PropertyKind.THEOREM ? Polarity.NEG : Polarity.POS;
    }

    private void visit(Expr e, Polarity p) {
        if (e instanceof Expr.Unary u) {
            visit(u.operand(), u.op() == Expr.UnOp.NOT ? p.flip() : Polarity.BOTH);
        } else if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case AND, OR -> { visit(b.left(), p); visit(b.right(), p); }
                case IMPLIES -> { visit(b.left(), p.flip()); visit(b.right(), p); }
                default -> { visit(b.left(), Polarity.BOTH); visit(b.right(), Polarity.BOTH); }
            }
        } else if (e instanceof Expr.Cond c) {
            visit(c.condition(), Polarity.BOTH);
            visit(c.then(), p);
            visit(c.otherwise(), p);
        } else if (e instanceof Expr.Quant q) {
            boolean finite = q.binders().stream().allMatch(this::finite);
            boolean universal = q.quantifier() == Expr.Quantifier.FORALL;
            Polarity needed = universal ? existentialOk().flip() : existentialOk();
            if (!finite && p != needed) {
                boolean theorem = kind == Decl.PropertyKind.THEOREM;
                String fix = p == Polarity.POS
                        ? (theorem ? "a theorem claims something for all values: use 'forall', or state an example"
                                   : "an example shows that some values exist: use 'exists', or state a theorem")
                        : p == Polarity.NEG ? "negate the formula around it, so it reads '" + (universal ? "exists" : "forall")
                                + "' where it is"
                        : "it sits where it is read both ways (under ==, != or a ?: condition); restate the formula";
                diags.error(DiagnosticCode.NOT_QUANTIFIER_FREE, q.span(), (universal ? "'forall'" : "'exists'")
                        + " here would need a quantifier alternation, which is not quantifier-free (" + fix + ")");
            }
            if (q.where() != null) visit(q.where(), universal ? p.flip() : p);
            visit(q.body(), p);
        } else if (e instanceof Expr.Member m) {
            MemberKind k = members.get(m);
            if ((k == MemberKind.FREES_TABLE_OF || k == MemberKind.FREES_ANY) && p != existentialOk()) {
                diags.error(DiagnosticCode.NOT_QUANTIFIER_FREE, m.member().span(), "'" + m.member().text()
                        + "' hides an 'exists' (some address, some table)"
                        + (kind == Decl.PropertyKind.THEOREM
                            ? "; a theorem may only state that it does NOT happen (write '!…" + m.member().text() + "')"
                            : "; an example may only state that it happens (not under '!')")
                        + ", or the query would not be quantifier-free");
            }
            visit(m.target(), Polarity.BOTH);
            if (m.args() != null) for (Expr a : m.args()) visit(a, Polarity.BOTH);
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) visit(a, Polarity.BOTH);
        } else if (e instanceof Expr.In in) {
            visit(in.element(), Polarity.BOTH);
            if (in.set() instanceof Expr.EnumSet s) for (Expr i : s.items()) visit(i, Polarity.BOTH);
            if (in.set() instanceof Expr.RangeSet r) { visit(r.start(), Polarity.BOTH); visit(r.end(), Polarity.BOTH); }
        } else if (e instanceof Expr.Tuple t) {
            for (Expr i : t.items()) visit(i, Polarity.BOTH);
        } else if (e instanceof Expr.Within w) {
            visit(w.inner(), Polarity.BOTH);
            visit(w.outer(), Polarity.BOTH);
        }
    }

    /** Level binders and binders over an explicit finite set expand into finitely many cases. */
    private boolean finite(Expr.Binder b) {
        return b.domain() instanceof Expr.EnumSet
                || b.domain() instanceof Expr.NamedSet ns && symbols.get(ns) instanceof Symbol.PagetableSym;
    }
}
