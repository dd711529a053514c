/**
 * The reference evaluator: a second, deliberately independent implementation of the spec semantics. It interprets
 * the checked AST ({@link ptprove.check.Program}) with concrete w-bit values and simulates a teardown with the
 * kernel's own do-while loops ({@code free_empty_tables} in arch/arm64/mm/mmu.c), where {@code ptprove.elaborate}
 * uses closed forms. It replays solver counterexamples ({@link ptprove.eval.PropertyEval}), and on small address
 * widths it is an exhaustive oracle ({@link ptprove.eval.Exhaustive}).
 *
 * <p>Depends on {@code check}, the AST, {@code source}, {@code result} (verdict names) and {@code ir.Config} as a
 * plain data type. Never on {@code elaborate}, the rest of {@code ir}, or the solver: the two semantics must not
 * share code below the AST, so that each can catch the other's bugs.
 */
package ptprove.eval;
