/**
 * The reference evaluator: a second, deliberately independent implementation of the spec semantics. It interprets
 * the checked AST ({@link ptprove.check.Program}) with concrete w-bit values and simulates a teardown with the
 * kernel's own do-while loops ({@code free_empty_tables} in arch/arm64/mm/mmu.c), where {@code ptprove.elaborate}
 * uses closed forms. A disagreement between the two is a bug in one of them.
 *
 * <ul>
 * <li>{@link ptprove.eval.Evaluator}: one configuration and var assignment; lets, regions, geometry, fns,
 *     expressions, and walks ({@link ptprove.eval.WalkQueries}).</li>
 * <li>{@link ptprove.eval.WalkQueries}: {@code may_free}, {@code frees_any}, {@code frees_table_of} and {@code clears_leaf}
 *     decided by running the loops (accelerated per query, see {@link ptprove.eval.Walker}; for
 *     {@code clears_leaf} the leaf loop's iterations are visits too); {@code check} verifies a solver's witness
 *     and returns the trace; {@code literalVisits} runs every iteration.</li>
 * <li>{@link ptprove.eval.PropertyEval}: replays one counterexample or witness of a theorem or example.</li>
 * <li>{@link ptprove.eval.Exhaustive}: the oracle for small widths, by enumeration.</li>
 * <li>{@link ptprove.eval.Layouts} and {@link ptprove.eval.ConfigSpace}: layouts and configurations, computed
 *     independently of {@code elaborate}.</li>
 * </ul>
 *
 * <p>Depends on {@code check}, the AST, {@code source}, {@code result} (verdict names) and {@code ir.Config} as a
 * plain data type; never on {@code elaborate}, the rest of {@code ir}, or the solver. Problems are
 * {@link ptprove.eval.EvalException}s with a reason; budgets ({@link ptprove.eval.Limits}) make "too large to
 * replay" an answer instead of a hang.
 */
package ptprove.eval;
