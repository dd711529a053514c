package ptprove.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Node;

/**
 * Records the steps of fn calls while it is attached to an {@link Evaluator}, in execution order: a statement's
 * step comes before the steps of the fns its expressions call (a slot is reserved, then filled), as a debugger
 * steps in. At most {@code limit} steps are kept; {@link #dropped()} counts the rest, so a report can say so.
 */
final class Tracer {
    private final List<TraceStep> steps = new ArrayList<>();
    private final int limit;
    private int dropped;
    private int depth;

    Tracer(int limit) { this.limit = limit; }

    List<TraceStep> steps() { return List.copyOf(steps); }
    int dropped() { return dropped; }

    int depth() { return depth; }
    void enter() { depth++; }
    void leave() { depth--; }

    /** A place for the step of a statement about to run; -1 once the limit is reached. */
    int reserve() {
        if (steps.size() >= limit) {
            dropped++;
            return -1;
        }
        steps.add(null);
        return steps.size() - 1;
    }

    void fill(int slot, Node at, String source, Map<String, String> values, String result) {
        if (slot < 0) return;
        steps.set(slot, new TraceStep(at.span(), depth, oneLine(source), values, result));
    }

    /** Drops reserved slots a statement never filled (it threw: the evaluation failed anyway). */
    void compact() { steps.removeIf(s -> s == null); }

    /** The values of the names and {@code walk.start}/{@code walk.end} that {@code e} reads, before it runs. */
    static Map<String, String> reads(Evaluator ev, Expr e, Env env) {
        Map<String, String> out = new LinkedHashMap<>();
        collect(ev, e, env, out);
        return out;
    }

    private static void collect(Evaluator ev, Expr e, Env env, Map<String, String> out) {
        if (e == null || e instanceof Expr.Quant) return; // a nested binder has no single value to show
        if (e instanceof Expr.NameRef || e instanceof Expr.Member m && m.args() == null) {
            String text = oneLine(e.span().text());
            if (out.containsKey(text)) return;
            try {
                String v = show(ev.eval(e, env));
                if (v != null) out.put(text, v);
            } catch (RuntimeException unreadable) {
                // e.g. a region member outside its walk: shown nowhere rather than failing the trace
            }
            return;
        }
        if (e instanceof Expr.Unary u) collect(ev, u.operand(), env, out);
        else if (e instanceof Expr.Binary b) {
            collect(ev, b.left(), env, out);
            collect(ev, b.right(), env, out);
        } else if (e instanceof Expr.Cond c) {
            collect(ev, c.condition(), env, out);
            collect(ev, c.then(), env, out);
            collect(ev, c.otherwise(), env, out);
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) collect(ev, a, env, out);
        } else if (e instanceof Expr.Member m) {
            collect(ev, m.target(), env, out);
            for (Expr a : m.args()) collect(ev, a, env, out);
        } else if (e instanceof Expr.In in) {
            collect(ev, in.element(), env, out);
        } else if (e instanceof Expr.Tuple t) {
            for (Expr i : t.items()) collect(ev, i, env, out);
        }
    }

    /** Numbers in hex, booleans as words, levels by name; other values (regions, walks) are not shown. */
    static String show(Object v) {
        if (v instanceof Long l) return Bits.hex(l);
        if (v instanceof Boolean b) return b.toString();
        if (v instanceof LevelValue l) return l.name();
        return null;
    }

    static String oneLine(String s) { return s.strip().replaceAll("\\s+", " "); }
}
