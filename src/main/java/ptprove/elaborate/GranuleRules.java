package ptprove.elaborate;

import java.util.ArrayList;
import java.util.List;

import ptprove.check.Program;
import ptprove.check.StateForm;
import ptprove.check.Symbol;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Node;
import ptprove.syntax.ast.Stmt;

/**
 * The granularity rules that keep events pointwise, checked per configuration (granules are numbers of a
 * configuration): every granule is a power of two (PTL0307); inside a loop of granule G a field is read only if
 * its granule is at least G and written only if at most G, a nested loop is no coarser than its enclosing loop,
 * and a field read by all()/any() is written only at the top of events or in loops of granule at least G
 * (PTL0308). docs/language.md, section 4.12, says why each is needed.
 */
final class GranuleRules {
    private final Program program;
    private final ConfigContext ctx;
    private final PerConfigProblems bad;
    private final PerConfigProblems mismatch;
    /** Every write of a state field: the statement and its loop (null at the top of an event). */
    private final List<Node> writes = new ArrayList<>();

    private GranuleRules(Program program, ConfigContext ctx, PerConfigProblems bad, PerConfigProblems mismatch) {
        this.program = program;
        this.ctx = ctx;
        this.bad = bad;
        this.mismatch = mismatch;
    }

    static void check(Program program, ConfigContext ctx, PerConfigProblems bad, PerConfigProblems mismatch) {
        if (program.events().isEmpty() && program.states().isEmpty()) return;
        GranuleRules r = new GranuleRules(program, ctx, bad, mismatch);
        for (Decl.State st : program.states()) r.granule(st.granule(), "the granule of '" + st.name().text() + "'");
        for (Decl.Event ev : program.events()) r.collectWrites(ev.body());
        for (Decl.Event ev : program.events()) r.stmt(ev.body());
    }

    private void collectWrites(Stmt s) {
        if (s instanceof Stmt.Block b) for (Stmt st : b.stmts()) collectWrites(st);
        else if (s instanceof Stmt.If i) {
            collectWrites(i.then());
            if (i.otherwise() != null) collectWrites(i.otherwise());
        } else if (s instanceof Stmt.Loop l) collectWrites(l.body());
        else if (s instanceof Stmt.Fill || s instanceof Stmt.Assign a && program.symbol(a) instanceof Symbol.StateSym) {
            writes.add(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Block b) {
            for (Stmt st : b.stmts()) stmt(st);
        } else if (s instanceof Stmt.Local l) {
            expr(l.init());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            if (program.symbol(a) instanceof Symbol.StateSym f) {
                write(a.target(), f.decl(), program.enclosingLoop(a));
                if (a.op() != null) read(a.target(), f.decl(), program.enclosingLoop(a));
            }
        } else if (s instanceof Stmt.Fill f) {
            expr(f.lo());
            expr(f.hi());
            expr(f.value());
            Stmt.Loop l = program.enclosingLoop(f);
            if (l != null) write(f.target(), ((Symbol.StateSym) program.symbol(f)).decl(), l);
        } else if (s instanceof Stmt.If i) {
            expr(i.condition());
            stmt(i.then());
            if (i.otherwise() != null) stmt(i.otherwise());
        } else if (s instanceof Stmt.Loop l) {
            expr(l.lo());
            expr(l.hi());
            long g = granule(l.granule(), "a loop's granule");
            Stmt.Loop outer = program.enclosingLoop(l);
            if (outer != null && g > 0 && Long.compareUnsigned(g, size(outer)) > 0) {
                mismatch.add(l.granule(), "this loop's granule " + hex(g) + " is coarser than the enclosing loop's "
                        + hex(size(outer)) + ": an inner loop walks inside the enclosing loop's chunk", ctx.config);
            }
            stmt(l.body());
        }
    }

    /** State reads in an expression; all()/any() are checked as a whole (they read every address). */
    private void expr(Expr e) {
        if (e == null) return;
        if (e instanceof Expr.NameRef ref) {
            Symbol s = program.symbol(ref);
            Stmt.Loop l = program.enclosingLoop(ref);
            if (l == null) return;
            if (s instanceof Symbol.StateSym f) read(ref, f.decl(), l);
            else if (s instanceof Symbol.ViewSym v) {
                for (Decl.State f : StateReads.of(program, v.decl().value())) read(ref, f, l);
            }
        } else if (e instanceof Expr.Call c && program.symbol(c) instanceof Symbol.FormSym f
                && f.form() != StateForm.AFTER) {
            aggregate(c);
        } else {
            for (Expr c : ptprove.syntax.ast.Exprs.children(e)) expr(c);
        }
    }

    private void read(Node at, Decl.State f, Stmt.Loop l) {
        long g = size(f), big = size(l);
        if (g > 0 && big > 0 && Long.compareUnsigned(g, big) < 0) {
            mismatch.add(at, "'" + f.name().text() + "' (per " + hex(g) + ") is read in a loop by " + hex(big)
                    + ": one chunk of the loop holds several of its values; read it in a loop by at most " + hex(g)
                    + ", or with all()/any()", ctx.config);
        }
    }

    private void write(Node at, Decl.State f, Stmt.Loop l) {
        long g = size(f), small = size(l);
        if (g > 0 && small > 0 && Long.compareUnsigned(g, small) > 0) {
            mismatch.add(at, "'" + f.name().text() + "' (per " + hex(g) + ") is written in a loop by " + hex(small)
                    + ": the write would reach beyond the loop's chunk; write it in a loop by at least " + hex(g)
                    + ", or at the top of the event with " + f.name().text() + "[lo, hi) = ...", ctx.config);
        }
    }

    private void aggregate(Expr.Call c) {
        Stmt.Loop l = program.enclosingLoop(c);
        if (l == null) return;
        long big = size(l);
        for (Decl.State f : StateReads.of(program, c.args().get(0))) {
            for (Node wr : writes) {
                Decl.State target = ((Symbol.StateSym) program.symbol(wr)).decl();
                Stmt.Loop wl = program.enclosingLoop(wr);
                if (target != f || wl == null) continue;
                long small = size(wl);
                if (small > 0 && big > 0 && Long.compareUnsigned(small, big) < 0) {
                    mismatch.add(c.callee(), c.callee().text() + "(...) over a chunk of " + hex(big) + " reads '"
                            + f.name().text() + "', which is written in a loop by " + hex(small) + " (line "
                            + wr.span().line() + "): one chunk holds many such writes, so its value there is not"
                            + " known at finitely many addresses", ctx.config);
                    return;
                }
            }
        }
    }

    private long size(Decl.State f) { return constant(f.granule()); }

    private long size(Stmt.Loop l) { return constant(l.granule()); }

    /** A granule's value, reported (once per place) unless it is a power of two; 0 when it is not one. */
    private long granule(Expr e, String what) {
        long g = Terms.value(ctx.constantTerm(e));
        if (g == 0 || (g & (g - 1)) != 0) {
            bad.add(e, what + " is " + hex(g) + ", not a power of two", ctx.config);
            return 0;
        }
        return g;
    }

    private long constant(Expr e) {
        Term t = ctx.constantTerm(e);
        long g = Terms.value(t);
        return g == 0 || (g & (g - 1)) != 0 ? 0 : g;
    }

    private static String hex(long v) { return "0x" + Long.toHexString(v); }

}
