package ptprove.eval;

import java.util.List;
import ptprove.check.Symbol;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Stmt;

/**
 * Calls fns with concrete arguments. A statement body runs imperatively, as C would: locals are slots,
 * assignments (compound ones included) overwrite them, {@code if} takes one branch, and the first {@code return}
 * reached ends the call.
 */
final class FnInterpreter {
    private final Evaluator ev;

    FnInterpreter(Evaluator ev) { this.ev = ev; }

    Object call(Decl.Fn fn, List<Object> args) {
        Env frame = Env.frame();
        for (int i = 0; i < fn.params().size(); i++) {
            frame.set((Symbol.LocalSym) ev.program.symbol(fn.params().get(i).name()), args.get(i));
        }
        if (fn.body() instanceof ptprove.syntax.ast.Expr body) return ev.eval(body, frame);
        Object result = exec((Stmt) fn.body(), frame);
        if (result == null) {
            throw new EvalException(EvalException.Reason.INTERNAL, fn.name().span(), "internal error: fn '"
                    + fn.name().text() + "' ended without returning (the checker should have rejected it)");
        }
        return result;
    }

    /** Runs a statement; returns the value of the return that ended the call, or null to go on. */
    private Object exec(Stmt s, Env frame) {
        if (s instanceof Stmt.Block b) {
            for (Stmt st : b.stmts()) {
                Object r = exec(st, frame);
                if (r != null) return r;
            }
            return null;
        }
        if (s instanceof Stmt.Local l) {
            frame.set((Symbol.LocalSym) ev.program.symbol(l), ev.eval(l.init(), frame));
            return null;
        }
        if (s instanceof Stmt.Assign a) {
            Symbol.LocalSym target = (Symbol.LocalSym) ev.program.symbol(a);
            Object value = ev.eval(a.value(), frame);
            if (a.op() != null) value = ev.arith(a.op(), (Long) frame.get(target), (Long) value);
            frame.set(target, value);
            return null;
        }
        if (s instanceof Stmt.If i) {
            if (ev.truth(i.condition(), frame)) return exec(i.then(), frame);
            return i.otherwise() == null ? null : exec(i.otherwise(), frame);
        }
        if (s instanceof Stmt.Return r) return ev.eval(r.value(), frame);
        throw new EvalException(EvalException.Reason.INTERNAL, s.span(), "internal error: unknown statement");
    }
}
