/**
 * Stage 0: source text, spans and diagnostics. Depends on nothing else in ptprove; every stage depends on it.
 */
package ptprove.source;
