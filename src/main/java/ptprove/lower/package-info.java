/**
 * Stage 5, lowering: turns an {@link ptprove.ir.Obligation} into something a solver reads. {@link ptprove.lower.SmtLib}
 * renders a self-contained SMT-LIB 2 (QF_BV) script, {@link ptprove.lower.Fingerprint} names the query by its
 * content, and {@link ptprove.lower.Z3Lowering} builds Z3 expressions for {@code solve}.
 *
 * <p>Depends on {@code ir} and {@code source}. This package and {@code solve} are the only ones that may see
 * {@code com.microsoft.z3}; only {@code Z3Lowering} has Z3 types in its signatures, and it exists for
 * {@code solve} alone.
 */
package ptprove.lower;
