package ptprove.solve;

import ptprove.result.Outcome;
import ptprove.ir.Obligation;

/** What a {@link Prover} worker needs from a session; a seam so tests can script workers. */
interface Engine extends AutoCloseable {
    /** Never throws for a problem with one obligation: answers with an error outcome instead. */
    Outcome solve(Obligation o, Budget b);

    /** Asks a solve running on another thread to stop soon; safe to call from any thread. */
    void interrupt();

    @Override void close();
}
