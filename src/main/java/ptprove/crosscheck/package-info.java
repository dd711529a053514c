/**
 * A second opinion from another SMT solver. {@link ptprove.crosscheck.SmtScripts} turns an obligation into
 * standalone SMT-LIB 2 scripts (via {@code lower.SmtLib}, text only), which {@code export-smt} writes and
 * {@link ptprove.crosscheck.CrossCheck} feeds to an external process ({@link ptprove.crosscheck.Cvc5}) to compare
 * its answers with Z3's verdicts; the outcome is data ({@link ptprove.crosscheck.CrossCheckReport}), rendered by
 * {@code report}. Depends on {@code ir}, {@code result}, {@code files}, {@code source} and {@code lower}'s text
 * rendering; never on Z3 (the point is that the other solver sees only the text).
 */
package ptprove.crosscheck;
