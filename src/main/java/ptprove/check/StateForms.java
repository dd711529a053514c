package ptprove.check;

import java.util.List;
import ptprove.source.DiagnosticCode;
import ptprove.syntax.ast.Expr;

/**
 * Typing of the state language's expression forms, beside {@link ExprChecker}: {@code after(e1, ...)} (a history,
 * in properties), {@code all(EXPR)} / {@code any(EXPR)} (over the current chunk, in an event's loop) and
 * {@code after(...).FIELD(addr)} (a field or view read after a history).
 */
final class StateForms {
    private StateForms() {}

    static Type check(ExprChecker x, Expr.Call call, StateForm form, Scope scope, Mode mode) {
        x.tables().symbols.put(call, new Symbol.FormSym(form));
        return switch (form) {
            case AFTER -> after(x, call, scope, mode);
            case ALL, ANY -> aggregate(x, call, form, scope, mode);
        };
    }

    /** {@code after(e1, ..., en)}: each argument an event applied to its arguments; none is the initial state. */
    private static Type after(ExprChecker x, Expr.Call call, Scope scope, Mode mode) {
        if (mode != Mode.PROPERTY) {
            x.diags().error(DiagnosticCode.MISPLACED, call.span(), "after(...) describes a history of events and"
                    + " stands only in a theorem or example");
        }
        for (Expr a : call.args()) {
            Type t = x.expr(a, scope, mode);
            if (t != Type.EVENT && t != Type.ERROR) {
                x.diags().error(DiagnosticCode.WRONG_KIND, a.span(), "an argument of after(...) is an event applied"
                        + " to its arguments, such as add(start, end); found " + t.withArticle());
            }
        }
        return Type.HISTORY;
    }

    /** {@code all(E)} / {@code any(E)}: E at every address of the current chunk of the innermost loop. */
    private static Type aggregate(ExprChecker x, Expr.Call call, StateForm form, Scope scope, Mode mode) {
        boolean ok = x.arity(call, 1, "'" + form.spelling() + "'");
        if (mode != Mode.EVENT || scope.loop() == null) {
            x.diags().error(DiagnosticCode.STATE_OUTSIDE_CHUNK, call.callee().span(), form.spelling()
                    + "(...) reads state at every address of a loop's current chunk; it stands only inside a 'for'"
                    + " loop of an event");
        } else if (scope.inAggregate()) {
            x.diags().error(DiagnosticCode.MISPLACED, call.callee().span(), form.spelling()
                    + "(...) inside all()/any() would range over the same chunk again; write one condition");
        } else {
            x.tables().enclosingLoops.put(call, scope.loop());
        }
        if (ok) x.expectBool(call.args().get(0), scope.aggregateChild(), mode);
        else for (Expr a : call.args()) x.expr(a, scope, mode);
        return Type.BOOL;
    }

    /** {@code after(...).NAME(addr)}: NAME a state field or a view; its value at addr after the history. */
    static Type historyRead(ExprChecker x, Expr.Member m, Scope scope, Mode mode) {
        String name = m.member().text();
        Symbol sym = x.global(name, m.member().span(), mode);
        List<Expr> args = m.args() == null ? List.of() : m.args();
        if (!(sym instanceof Symbol.StateSym) && !(sym instanceof Symbol.ViewSym)) {
            x.diags().error(DiagnosticCode.UNKNOWN_MEMBER, m.member().span(), "a history is read as"
                    + " after(...).FIELD(addr), FIELD a state field or a view; '" + name + "' is "
                    + (sym == null ? "not defined" : "not one"));
            for (Expr a : args) x.expr(a, scope, mode);
            return Type.ERROR;
        }
        x.tables().symbols.put(m.member(), sym);
        x.tables().members.put(m, MemberKind.HISTORY_READ);
        if (m.args() == null || args.size() != 1) {
            x.diags().error(DiagnosticCode.ARITY, m.span(), "'" + name + "' is read at one address:"
                    + " after(...)." + name + "(addr)");
            for (Expr a : args) x.expr(a, scope, mode);
            return sym.type();
        }
        x.expectNumber(args.get(0), scope, mode);
        return sym.type();
    }

    /**
     * A state field or view is read at one address: a view's, a loop's current chunk (recorded for the granularity
     * rules, checked per configuration), or each address of all()/any(). Anywhere else there is no address.
     */
    static boolean readable(ExprChecker x, Expr.NameRef ref, Scope scope, Mode mode) {
        if (mode == Mode.VIEW) return true;
        if (mode == Mode.EVENT && (scope.inAggregate() || scope.loop() != null)) {
            if (!scope.inAggregate()) x.tables().enclosingLoops.put(ref, scope.loop());
            return true;
        }
        String where = mode == Mode.EVENT ? "at the top of an event there is no current chunk: read it inside a"
                + " 'for' loop, or in all()/any()"
                : mode == Mode.PROPERTY
                ? "in a property, read it after a history: after(EVENT(...), ...)." + ref.name() + "(ADDR)"
                : "state is read only in events, in views and after(...) in properties";
        boolean view = scope.lookup(ref.name()) == null && x.globals().get(ref.name()) instanceof Symbol.ViewSym;
        x.diags().error(DiagnosticCode.STATE_OUTSIDE_CHUNK, ref.span(), "'" + ref.name() + "' is a state "
                + (view ? "view" : "field")
                + " and is read at an address; " + where);
        return false;
    }

    /** {@code E(args)}: an event applied, only as an argument of after(...) in a property. */
    static Type eventApplication(ExprChecker x, Expr.Call call, Symbol.EventSym ev, Scope scope, Mode mode) {
        x.tables().symbols.put(call, ev);
        String name = call.callee().text();
        List<ptprove.syntax.ast.Decl.FnParam> ps = ev.decl().params();
        if (x.arity(call, ps.size(), "event '" + name + "'")) {
            for (int i = 0; i < ps.size(); i++) {
                Expr a = call.args().get(i);
                x.coerce(a, x.expr(a, scope, mode), ExprChecker.type(ps.get(i).type()));
            }
        } else {
            for (Expr a : call.args()) x.expr(a, scope, mode);
        }
        if (mode != Mode.PROPERTY) {
            x.diags().error(DiagnosticCode.MISPLACED, call.span(), "an event is applied only in a history,"
                    + " after(" + name + "(...), ...), inside a theorem or example");
        }
        return Type.EVENT;
    }
}
