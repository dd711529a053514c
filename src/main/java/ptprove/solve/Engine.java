package ptprove.solve;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;

/** What a {@link Prover} worker needs from a session; a seam so tests can script workers. */
interface Engine extends AutoCloseable {
    /** Never throws for a problem with one obligation: answers with an error outcome instead. */
    Outcome solve(Obligation o, Budget b);

    /**
     * One property's obligations in all its configurations (same spec and name, in configuration order), one
     * outcome each in the same order. By default each is solved on its own; an engine may share queries.
     */
    default List<Outcome> solveGroup(List<Obligation> group, Budget b) {
        List<Outcome> out = new ArrayList<>();
        for (Obligation o : group) out.add(solve(o, b));
        return out;
    }

    /** Asks a solve running on another thread to stop soon; safe to call from any thread. */
    void interrupt();

    @Override void close();
}
