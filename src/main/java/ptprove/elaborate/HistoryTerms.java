package ptprove.elaborate;

import java.util.IdentityHashMap;
import java.util.Map;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.ir.Term;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * Histories in closed form, beside {@link WalkClosedForm}: {@code after(e1, ..., en).F(a)} is the value at the
 * single address {@code a} of a chain of writes, which {@link EventExec} collects by running each event's body
 * symbolically "at a" ({@link StateLog}). Nothing is quantified: an event's loop is one case split (is a's chunk
 * visited, and with which sub-range), and all()/any() is a finite conjunction over the chunk's breakpoints.
 * The reference evaluator's {@code eval.EventRunner} runs the loops literally instead; the two share no code.
 */
final class HistoryTerms {
    /** Where the state reads of an expression go: one address, or an event loop's current chunk. */
    interface Reader {
        Term read(Decl.State field, Span sp);

        /** all(e) ({@code every}) or any(e) over the current chunk; only an event loop has one. */
        Term aggregate(boolean every, Expr e, Map<Symbol.LocalSym, Value> env);
    }

    private final Translator tr;
    private final Program program;
    private final int w;
    /** The log of each history at each address asked for (by identity: a property reads few). */
    private final Map<Value.History, Map<Term, StateLog>> logs = new IdentityHashMap<>();

    HistoryTerms(Translator tr, Program program, int w) {
        this.tr = tr;
        this.program = program;
        this.w = w;
    }

    /** {@code after(...).NAME(a)}: a state field's or view's value at {@code a} after the history. */
    Term read(Value.History h, Symbol name, Term a, Span sp) {
        StateLog log = logs.computeIfAbsent(h, k -> new IdentityHashMap<>()).computeIfAbsent(a, k -> run(h, a, sp));
        Reader at = pointReader(log, a);
        if (name instanceof Symbol.StateSym f) return at.read(f.decl(), sp);
        return tr.term(((Symbol.ViewSym) name).decl().value(), stateEnv(at));
    }

    private StateLog run(Value.History h, Term a, Span sp) {
        Map<Decl.State, Term> initial = new IdentityHashMap<>();
        for (Decl.State f : program.states()) initial.put(f, tr.term(f.init(), Map.of()));
        StateLog log = new StateLog(w, initial);
        EventExec exec = new EventExec(tr, program, w, a, log, this);
        for (Value.EventApp e : h.events()) exec.run(e, sp);
        return log;
    }

    /** Reads at one address, from the writes logged so far. */
    Reader pointReader(StateLog log, Term q) {
        return pointReader(log, q, null);
    }

    /** Reads at one address of {@code window}'s chunk (null: anywhere), from the writes logged so far. */
    Reader pointReader(StateLog log, Term q, StateLog.Window window) {
        return new Reader() {
            @Override public Term read(Decl.State field, Span sp) { return log.at(field, q, window, sp); }

            @Override public Term aggregate(boolean every, Expr e, Map<Symbol.LocalSym, Value> env) {
                throw new IllegalStateException("all()/any() outside an event loop at " + e.span());
            }
        };
    }

    /** An environment whose only binding routes state reads to {@code reader} (for a view's expression). */
    static Map<Symbol.LocalSym, Value> stateEnv(Reader reader) {
        Map<Symbol.LocalSym, Value> env = new java.util.HashMap<>();
        env.put(Translator.STATE, new Value.StateCtx(reader));
        return env;
    }

}
