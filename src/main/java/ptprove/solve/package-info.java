/**
 * Stage 6, solving: {@link ptprove.solve.SolverSession} answers one obligation at a time with its own Z3 context;
 * {@link ptprove.solve.Prover} runs sessions on worker threads and streams {@link ptprove.result.Outcome}s in
 * input order, asking {@link ptprove.solve.KnownOutcomes} (the result cache) first; with
 * {@link ptprove.solve.ConfigMode#SYMBOLIC} a property's configurations share queries ({@code ConfigGroup}) but
 * still get one outcome each. Budgets ({@link ptprove.solve.Budget}) and the effective solver options
 * ({@link ptprove.solve.SolverOptions}) are plain data. {@link ptprove.solve.Explainer} takes one proof apart
 * for {@code ptprove explain}: minimal unsat cores over the selectors of an {@link ptprove.ir.Explainable}.
 *
 * <p>Depends on {@code ir}, {@code result}, {@code lower} and Z3. Z3 types never appear in this package's public
 * signatures, and nothing Z3 outlives the session that made it.
 */
package ptprove.solve;
