/**
 * Proof records: one diff-friendly text file per spec ({@code proofs/<path>.proof}) holding every obligation's
 * verdict and query fingerprint, so CI fails on a change rather than on a known result. Reading, writing
 * (atomically) and comparing records against a run's outcomes. Depends on {@code ir}, {@code result} and
 * {@code files} (atomic writes) only;
 * nothing here knows about rendering, the CLI or the solver.
 */
package ptprove.proofs;
