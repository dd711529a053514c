/**
 * Stage 2: imports, names, types and the rules that keep every property quantifier-free. Produces a
 * {@link ptprove.check.Program}. Depends on {@code source} and {@code syntax.ast}; never on ANTLR or Z3.
 */
package ptprove.check;
