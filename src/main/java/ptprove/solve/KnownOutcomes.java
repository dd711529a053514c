package ptprove.solve;

import ptprove.ir.Obligation;
import ptprove.result.Outcome;

/**
 * Outcomes known without solving (the result cache, {@code ptprove.cache}): a {@link Prover} worker asks here
 * first and opens a solver only for an obligation it does not know, so a run where everything is known never
 * creates a Z3 context. Called from worker threads concurrently; neither method may throw.
 */
public interface KnownOutcomes {
    /** The outcome of {@code o} if it is known and trustworthy, else null. */
    Outcome lookup(Obligation o);

    /** Offers a freshly solved outcome (which may decline it, e.g. {@code unknown}). */
    void remember(Outcome solved);

    /** Knows nothing and remembers nothing. */
    KnownOutcomes NONE = new KnownOutcomes() {
        @Override public Outcome lookup(Obligation o) { return null; }
        @Override public void remember(Outcome solved) {}
    };
}
