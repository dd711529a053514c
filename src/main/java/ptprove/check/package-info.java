/**
 * Stage 2: imports, names, types and the rules that keep every property quantifier-free. Takes the parsed files of a
 * spec (imports first) and produces a {@link ptprove.check.Program}: {@link ptprove.check.Checker} checks
 * declarations and their order, {@link ptprove.check.ExprChecker} types expressions. Depends on {@code source}
 * and {@code syntax.ast}; never on the parser, ANTLR or Z3.
 */
package ptprove.check;
