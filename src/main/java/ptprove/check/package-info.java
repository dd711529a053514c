/**
 * Stage 2: imports, names, types and the rules that keep every property quantifier-free. Produces a
 * {@link ptprove.check.Program}. Depends on {@code source}, {@code syntax} (its front end and AST) and
 * {@code files} (why a file could not be read); never on ANTLR or Z3.
 */
package ptprove.check;
