/**
 * The intermediate representation: quantifier-free bit-vector/boolean terms ({@link ptprove.ir.Term}) built by
 * {@link ptprove.ir.Terms} (which folds constants), and {@link ptprove.ir.Obligation}s. No solver types here;
 * depends on {@code source} only.
 */
package ptprove.ir;
