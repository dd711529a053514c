package ptprove.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Node;

/**
 * The state after a history {@code after(e1, e2, ...)}, computed by running every event literally
 * ({@link EventRunner}): every loop iteration, every write into a map of intervals per field. It also keeps the
 * log of writes, so a replay can say which event and statement changed the state at an address, in which chunk.
 */
public final class History {
    /** A chunk of an event loop: [start, end) ({@code end == 0}: the top), {@code granule} bytes. */
    public record Chunk(long start, long end, long granule) {}

    /**
     * One write: event number {@code event} (0 first) of the history, the statement {@code at}, the field, the
     * addresses [lo, hi) it covered ({@code hi == 0}: the top), the value, and the loop chunk it ran in (null at
     * the top of the event).
     */
    public record Write(int event, HistoryValue.EventCall call, Node at, Decl.State field, long lo, long hi,
                        Object value, Chunk chunk) {
        boolean covers(long a) {
            return Long.compareUnsigned(a, lo) >= 0 && (hi == 0 || Long.compareUnsigned(a, hi) < 0);
        }
    }

    private final HistoryValue value;
    private final Map<Decl.State, IntervalMap> fields = new IdentityHashMap<>();
    private final List<Write> writes = new ArrayList<>();

    private History(HistoryValue value) { this.value = value; }

    /** Runs the events in order from the initial state; loop iterations count against {@code budget}. */
    static History run(Evaluator ev, HistoryValue h, StepBudget budget) {
        History out = new History(h);
        for (Decl.State f : ev.program.states()) out.fields.put(f, new IntervalMap(ev.eval(f.init(), Env.empty())));
        for (int i = 0; i < h.events().size(); i++) new EventRunner(ev, out, i, h.events().get(i), budget).run();
        return out;
    }

    public HistoryValue value() { return value; }

    /** The field's value at address {@code a}. */
    public Object read(Decl.State field, long a) { return map(field).get(a); }

    /** The writes of any of {@code fields} that covered address {@code a}, in the order they ran. */
    public List<Write> writesAt(java.util.Collection<Decl.State> fields, long a) {
        List<Write> out = new ArrayList<>();
        for (Write w : writes) if (fields.contains(w.field()) && w.covers(a)) out.add(w);
        return out;
    }

    IntervalMap map(Decl.State field) { return fields.get(field); }

    Iterable<IntervalMap> maps() { return fields.values(); }

    void record(Write w) {
        map(w.field()).set(w.lo(), w.hi(), w.value());
        writes.add(w);
    }

    /** State reads at one address of this history's final state (a history read, a view). */
    StateAccess at(long a) {
        return new StateAccess() {
            @Override public Object read(Decl.State field) { return History.this.read(field, a); }

            @Override public boolean aggregate(boolean every, Expr e, Env env) {
                throw new EvalException(EvalException.Reason.INTERNAL, e.span(),
                        "internal error: all()/any() outside an event loop (please report this bug)");
            }
        };
    }
}
