/**
 * Replay of counterexamples and witnesses by the reference evaluator, and their explanation in kernel terms.
 * Depends on {@code eval}, {@code check}, {@code ir} and {@code result}; never on Z3 or {@code elaborate}.
 */
package ptprove.replay;
