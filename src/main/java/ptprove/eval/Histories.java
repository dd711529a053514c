package ptprove.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ptprove.check.StateForm;
import ptprove.check.Symbol;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * The evaluator's side of the state language: {@code after(...)} values, histories run literally (and memoised,
 * since a property reads one history at several addresses), state reads in events and views, and
 * {@code all()}/{@code any()} handed to the event loop that is running.
 */
final class Histories {
    private final Evaluator ev;
    private final Map<HistoryValue, History> runs = new HashMap<>();
    private Consumer<HistoryRecord> listener;

    Histories(Evaluator ev) { this.ev = ev; }

    void listener(Consumer<HistoryRecord> l) { this.listener = l; }

    void clear() { runs.clear(); }

    History run(HistoryValue h) {
        History done = runs.get(h);
        if (done == null) {
            done = History.run(ev, h, new StepBudget(ev.limits.walkIterations(), "the history " + h));
            runs.put(h, done);
        }
        return done;
    }

    Object form(StateForm form, Expr.Call call, Env env) {
        return switch (form) {
            case AFTER -> {
                List<HistoryValue.EventCall> events = new ArrayList<>();
                for (Expr a : call.args()) events.add(ev.as(HistoryValue.EventCall.class, a, env));
                yield new HistoryValue(events);
            }
            case ALL -> access(env, call).aggregate(true, call.args().get(0), env);
            case ANY -> access(env, call).aggregate(false, call.args().get(0), env);
        };
    }

    /** A state field or view read where {@code env}'s state access points. */
    Object state(Symbol s, Env env, Expr at) {
        StateAccess access = access(env, at);
        if (s instanceof Symbol.StateSym f) return access.read(f.decl());
        Decl.View v = ((Symbol.ViewSym) s).decl();
        return ev.eval(v.value(), Env.frame().reading(access));
    }

    /** {@code after(...).NAME(a)}: NAME's value at {@code a} after the history. */
    Object read(Expr.Member m, HistoryValue h, long a) {
        History run = run(h);
        Object value = state(ev.program.symbol(m.member()), Env.frame().reading(run.at(a)), m);
        if (listener != null) listener.accept(new HistoryRecord(m, run, m.member().text(), a, value));
        return value;
    }

    private static StateAccess access(Env env, Expr at) {
        if (env.state == null) {
            throw new EvalException(EvalException.Reason.INTERNAL, at.span(),
                    "internal error: state read where there is no state (please report this bug)");
        }
        return env.state;
    }
}
