package ptprove.solve;

import java.util.concurrent.ConcurrentHashMap;
import ptprove.ir.Obligation;
import ptprove.ir.Terms;
import ptprove.lower.SmtLib;

/**
 * Answers to "can these assumptions hold?", shared by a run's workers. Most theorems of a spec share their
 * assumptions in a configuration (the ranges a caller can pass), so the vacuity question is asked once per
 * distinct assumption set. Keys are the assumptions' SMT-LIB text, so only identical queries share an answer;
 * unknown answers are not kept.
 */
final class VacuityCache {
    private final ConcurrentHashMap<String, Boolean> satisfiable = new ConcurrentHashMap<>();

    static String key(Obligation o) {
        Obligation assumptionsOnly = new Obligation(o.spec(), o.index(), o.name(), Obligation.Kind.EXAMPLE, o.span(),
                o.config(), o.width(), o.variables(), o.assumptions(), Terms.TRUE);
        return SmtLib.query(assumptionsOnly);
    }

    Boolean get(String key) { return satisfiable.get(key); }

    void put(String key, boolean sat) { satisfiable.put(key, sat); }
}
