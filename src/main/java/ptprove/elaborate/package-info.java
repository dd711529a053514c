/**
 * Stage 3: configurations and the closed-form semantics. A checked {@link ptprove.check.Program} becomes
 * {@link ptprove.ir.Obligation}s (one per property and configuration) or concrete layouts; for {@code explain}, one property with a selector on each spec element its proof may
 * rest on ({@link ptprove.ir.Explainable}). Depends on
 * {@code check}, {@code ir}, {@code source} and the AST; never on Z3 or on {@code eval}.
 */
package ptprove.elaborate;
