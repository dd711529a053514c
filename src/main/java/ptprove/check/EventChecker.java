package ptprove.check;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Stmt;

/**
 * Checks the body of an {@code event}: fn-like statements, {@code for} loops over chunks, and writes of state
 * fields. The rules that keep an event pointwise (each address's new state depends only on the state of the
 * chunks that hold it) and that can be checked without a configuration are enforced here:
 * <ul>
 * <li>state is read and written at a loop's current chunk; at the top of an event only {@code FIELD[lo, hi) = v}
 *     writes exist (no current chunk to read);</li>
 * <li>a loop body assigns only its own locals (a local declared outside the loop would carry a value from one
 *     iteration, i.e. one chunk, to the next) and never its loop variables;</li>
 * <li>no {@code return}: an event's effect is its writes.</li>
 * </ul>
 * The granularity rules, which compare granules, are checked per configuration by the elaborator.
 */
final class EventChecker {
    private final Diagnostics diags;
    private final ExprChecker exprs;
    private final CheckTables tables;
    /** Loop depth at which each local of the event being checked was declared. */
    private final Map<Symbol.LocalSym, Integer> depthOf = new IdentityHashMap<>();
    private final Set<Symbol.LocalSym> loopVariables = new HashSet<>();

    EventChecker(Diagnostics diags, ExprChecker exprs, CheckTables tables) {
        this.diags = diags;
        this.exprs = exprs;
        this.tables = tables;
    }

    void check(Decl.Event ev) {
        depthOf.clear();
        loopVariables.clear();
        Scope scope = new Scope(null);
        for (Decl.FnParam p : ev.params()) declare(scope, p.name(), ExprChecker.type(p.type()), p.name(), 0);
        stmt(ev.body(), scope, 0);
    }

    private Symbol.LocalSym declare(Scope scope, ptprove.syntax.ast.Name name, Type type,
                                    ptprove.syntax.ast.Node declaration, int depth) {
        exprs.declareLocal(scope, name, type, declaration);
        Symbol.LocalSym sym = (Symbol.LocalSym) tables.symbols.get(declaration);
        depthOf.put(sym, depth);
        return sym;
    }

    private void stmt(Stmt s, Scope scope, int depth) {
        if (s instanceof Stmt.Block b) {
            Scope inner = scope.child();
            for (Stmt st : b.stmts()) stmt(st, inner, depth);
        } else if (s instanceof Stmt.Local l) {
            Type want = ExprChecker.type(l.type());
            exprs.coerce(l.init(), exprs.expr(l.init(), scope, Mode.EVENT), want);
            declare(scope, l.name(), want, l, depth);
        } else if (s instanceof Stmt.Assign a) {
            assign(a, scope, depth);
        } else if (s instanceof Stmt.Fill f) {
            fill(f, scope);
        } else if (s instanceof Stmt.If i) {
            exprs.truthy(i.condition(), scope, Mode.EVENT);
            stmt(i.then(), scope.child(), depth);
            if (i.otherwise() != null) stmt(i.otherwise(), scope.child(), depth);
        } else if (s instanceof Stmt.Loop l) {
            loop(l, scope, depth);
        } else if (s instanceof Stmt.Return r) {
            diags.error(DiagnosticCode.MISPLACED, r.span(), "an event returns nothing: its effect is its writes to"
                    + " state fields");
            exprs.expr(r.value(), scope, Mode.EVENT);
        }
    }

    private void loop(Stmt.Loop l, Scope scope, int depth) {
        exprs.expectNumber(l.lo(), scope, Mode.EVENT);
        exprs.expectNumber(l.hi(), scope, Mode.EVENT);
        exprs.expectNumber(l.granule(), scope, Mode.EVENT);
        Expr local = firstLocal(l.granule());
        if (local != null) {
            diags.error(DiagnosticCode.NOT_CONSTANT, local.span(), "a loop's granule must be known per configuration"
                    + " (params and lets of params), not '" + local.span().text() + "'");
        }
        if (scope.loop() != null) tables.enclosingLoops.put(l, scope.loop());
        Scope body = scope.loopChild(l);
        loopVariables.add(declare(body, l.addr(), Type.ULONG, l.addr(), depth + 1));
        if (l.next() != null) loopVariables.add(declare(body, l.next(), Type.ULONG, l.next(), depth + 1));
        stmt(l.body(), body, depth + 1);
    }

    /** The first reference to a local (a parameter, local or loop variable) in {@code e}, or null. */
    private Expr firstLocal(Expr e) {
        if (e instanceof Expr.NameRef ref) return tables.symbols.get(ref) instanceof Symbol.LocalSym ? ref : null;
        for (Expr c : ptprove.syntax.ast.Exprs.children(e)) {
            Expr l = firstLocal(c);
            if (l != null) return l;
        }
        return null;
    }

    private void assign(Stmt.Assign a, Scope scope, int depth) {
        Symbol sym = scope.lookup(a.target().text());
        if (sym instanceof Symbol.LocalSym local && local.type() != Type.LEVEL) {
            String why = loopVariables.contains(local) ? "'" + local.name() + "' is a loop variable; the loop"
                    + " advances it" : depthOf.getOrDefault(local, 0) < depth ? "'" + local.name() + "' is declared"
                    + " outside this loop, and a loop body acts on its own chunk only (no value passes from one"
                    + " iteration to the next): declare it inside the loop, or write a state field" : null;
            if (why != null) {
                diags.error(DiagnosticCode.BAD_ASSIGNMENT, a.target().span(), "cannot assign to '"
                        + local.name() + "': " + why);
            }
            tables.symbols.put(a, local);
            valueOf(a, scope, local.type());
            return;
        }
        Symbol g = sym == null ? exprs.global(a.target().text(), a.target().span(), Mode.EVENT) : sym;
        if (g instanceof Symbol.StateSym st) {
            tables.symbols.put(a, st);
            if (scope.loop() == null) {
                diags.error(DiagnosticCode.STATE_OUTSIDE_CHUNK, a.target().span(), "at the top of an event there is"
                        + " no current chunk: write " + a.target().text() + "[lo, hi) = value, or assign it inside a"
                        + " 'for' loop");
            } else {
                tables.enclosingLoops.put(a, scope.loop());
            }
            valueOf(a, scope, st.type());
            return;
        }
        if (g == null) exprs.unknownName(a.target().text(), a.target().span(), scope);
        else diags.error(DiagnosticCode.BAD_ASSIGNMENT, a.target().span(), "cannot assign to '" + a.target().text()
                + "': an event assigns its locals and state fields only");
        exprs.expr(a.value(), scope, Mode.EVENT);
    }

    /** The assigned value, with compound operators on numbers only. */
    private void valueOf(Stmt.Assign a, Scope scope, Type target) {
        Type got = exprs.expr(a.value(), scope, Mode.EVENT);
        if (a.op() == null) {
            exprs.coerce(a.value(), got, target);
            return;
        }
        if (target != Type.ULONG && target != Type.ERROR) {
            diags.error(DiagnosticCode.BOOL_AS_NUMBER, a.span(), "'" + a.op().symbol() + "=' needs a number; '"
                    + a.target().text() + "' is a bool");
        }
        exprs.checkOperandNumber(a.value(), got);
        exprs.warnConstantShiftOrDivision(a.op(), a.value());
    }

    private void fill(Stmt.Fill f, Scope scope) {
        Symbol g = scope.lookup(f.target().text());
        if (g == null) g = exprs.global(f.target().text(), f.target().span(), Mode.EVENT);
        exprs.expectNumber(f.lo(), scope, Mode.EVENT);
        exprs.expectNumber(f.hi(), scope, Mode.EVENT);
        if (!(g instanceof Symbol.StateSym st)) {
            if (g == null) exprs.unknownName(f.target().text(), f.target().span(), scope);
            else diags.error(DiagnosticCode.WRONG_KIND, f.target().span(), "'" + f.target().text()
                    + "' is not a state field; only state fields are written over a range");
            exprs.expr(f.value(), scope, Mode.EVENT);
            return;
        }
        tables.symbols.put(f, st);
        if (scope.loop() != null) tables.enclosingLoops.put(f, scope.loop());
        exprs.coerce(f.value(), exprs.expr(f.value(), scope, Mode.EVENT), st.type());
    }
}
