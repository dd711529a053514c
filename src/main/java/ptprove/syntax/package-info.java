/**
 * Stage 1: text to AST. {@link ptprove.syntax.PtlFrontEnd} reads and parses a file;
 * {@link ptprove.syntax.ImportLoader} loads a spec with everything it imports (inside the spec root); the AST
 * records in {@code ast} carry spans. The only package that sees ANTLR types; depends on {@code source} only.
 */
package ptprove.syntax;
