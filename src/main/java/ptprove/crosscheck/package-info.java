/**
 * A second opinion from another SMT solver. {@link ptprove.crosscheck.SmtScripts} turns an obligation into
 * standalone SMT-LIB 2 scripts (via {@code lower.SmtLib}, text only), which {@code export-smt} writes and
 * {@link ptprove.crosscheck.CrossCheck} feeds to an external process ({@link ptprove.crosscheck.Cvc5}) to compare
 * its answers with Z3's verdicts. Depends on {@code ir}, {@code result} and {@code lower}'s text rendering; never
 * on Z3 (the point is that the other solver sees only the text).
 */
package ptprove.crosscheck;
