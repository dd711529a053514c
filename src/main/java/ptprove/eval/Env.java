package ptprove.eval;

import java.util.HashMap;
import java.util.Map;
import ptprove.check.Symbol;

/**
 * Values of locals (binders, fn parameters and locals, teardown parameters, a clause's level binder), by symbol
 * identity. A root environment may also answer by name (a counterexample names its variables as the source
 * does); inside a free clause it carries the clipped sub-range {@code walk.start} / {@code walk.end}.
 */
final class Env {
    private final Map<Symbol.LocalSym, Object> locals;
    private final Map<String, ?> byName;
    final Long walkStart;
    final Long walkEnd;
    /** Where state field reads go (an event loop's chunk, or one address); null outside events and views. */
    final StateAccess state;

    private Env(Map<Symbol.LocalSym, Object> locals, Map<String, ?> byName, Long walkStart, Long walkEnd,
                StateAccess state) {
        this.locals = locals;
        this.byName = byName;
        this.walkStart = walkStart;
        this.walkEnd = walkEnd;
        this.state = state;
    }

    static Env empty() { return new Env(new HashMap<>(), Map.of(), null, null, null); }

    /** A root whose unresolved locals are looked up by their source name. */
    static Env named(Map<String, ?> byName) { return new Env(new HashMap<>(), Map.copyOf(byName), null, null, null); }

    /** The same bindings, with state reads going to {@code access} (the same map: assignments are shared). */
    Env reading(StateAccess access) { return new Env(locals, byName, walkStart, walkEnd, access); }

    /** A copy whose later assignments do not reach this one (an event loop body's own frame). */
    Env copy() { return new Env(new HashMap<>(locals), byName, walkStart, walkEnd, state); }

    /** A fresh frame for a fn body or a guard (no names leak in from the caller). */
    static Env frame() { return empty(); }

    /** This environment with one more binding; the receiver is unchanged. */
    Env with(Symbol.LocalSym sym, Object value) {
        Map<Symbol.LocalSym, Object> m = new HashMap<>(locals);
        m.put(sym, value);
        return new Env(m, byName, walkStart, walkEnd, state);
    }

    /** The same bindings inside a free clause visiting [start, end). */
    Env walk(long start, long end) { return new Env(locals, byName, start, end, state); }

    /** Assignment in a fn frame (mutates). */
    void set(Symbol.LocalSym sym, Object value) { locals.put(sym, value); }

    /** The value, or null if unbound here. */
    Object get(Symbol.LocalSym sym) {
        Object v = locals.get(sym);
        return v != null ? v : byName.get(sym.name());
    }
}
