package ptprove.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Symbol;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Stmt;

/**
 * Calls fns with concrete arguments. A statement body runs imperatively, as C would: locals are slots,
 * assignments (compound ones included) overwrite them, {@code if} takes one branch, and the first {@code return}
 * reached ends the call. With a {@link Tracer} attached to the evaluator, every statement executed is recorded
 * with the values it read and what it gave.
 */
final class FnInterpreter {
    private final Evaluator ev;

    FnInterpreter(Evaluator ev) { this.ev = ev; }

    Object call(Decl.Fn fn, List<Object> args) {
        Env frame = Env.frame();
        for (int i = 0; i < fn.params().size(); i++) {
            frame.set((Symbol.LocalSym) ev.program.symbol(fn.params().get(i).name()), args.get(i));
        }
        Tracer t = ev.tracer;
        if (t != null) t.enter();
        try {
            if (fn.body() instanceof Expr body) {
                int slot = t == null ? -1 : t.reserve();
                Map<String, String> read = t == null ? null : Tracer.reads(ev, body, frame);
                Object v = ev.eval(body, frame);
                if (t != null) t.fill(slot, body, "return " + body.span().text(), read, Tracer.show(v));
                return v;
            }
            Object result = exec((Stmt) fn.body(), frame);
            if (result == null) {
                throw new EvalException(EvalException.Reason.INTERNAL, fn.name().span(), "internal error: fn '"
                        + fn.name().text() + "' ended without returning (the checker should have rejected it)");
            }
            return result;
        } finally {
            if (t != null) t.leave();
        }
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
        Tracer t = ev.tracer;
        int slot = t == null ? -1 : t.reserve();
        if (s instanceof Stmt.Local l) {
            Map<String, String> read = t == null ? null : Tracer.reads(ev, l.init(), frame);
            Object v = ev.eval(l.init(), frame);
            frame.set((Symbol.LocalSym) ev.program.symbol(l), v);
            if (t != null) t.fill(slot, s, s.span().text(), read, l.name().text() + "=" + Tracer.show(v));
            return null;
        }
        if (s instanceof Stmt.Assign a) {
            Symbol.LocalSym target = (Symbol.LocalSym) ev.program.symbol(a);
            Map<String, String> read = null;
            if (t != null) {
                read = new LinkedHashMap<>();
                if (a.op() != null) read.put(a.target().text(), Tracer.show(frame.get(target)));
                read.putAll(Tracer.reads(ev, a.value(), frame));
            }
            Object value = ev.eval(a.value(), frame);
            if (a.op() != null) value = ev.arith(a.op(), (Long) frame.get(target), (Long) value);
            frame.set(target, value);
            if (t != null) t.fill(slot, s, s.span().text(), read, a.target().text() + "=" + Tracer.show(value));
            return null;
        }
        if (s instanceof Stmt.If i) {
            Map<String, String> read = t == null ? null : Tracer.reads(ev, i.condition(), frame);
            boolean c = ev.truth(i.condition(), frame);
            if (t != null) t.fill(slot, s, "if (" + i.condition().span().text() + ")", read, Boolean.toString(c));
            if (c) return exec(i.then(), frame);
            return i.otherwise() == null ? null : exec(i.otherwise(), frame);
        }
        if (s instanceof Stmt.Return r) {
            Map<String, String> read = t == null ? null : Tracer.reads(ev, r.value(), frame);
            Object v = ev.eval(r.value(), frame);
            if (t != null) t.fill(slot, s, s.span().text(), read, Tracer.show(v));
            return v;
        }
        throw new EvalException(EvalException.Reason.INTERNAL, s.span(), "internal error: unknown statement");
    }
}
