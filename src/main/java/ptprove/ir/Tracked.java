package ptprove.ir;

import ptprove.source.Span;

/**
 * A spec element an explained proof may rest on: a statement of a fn, a where conjunct, a binder's domain, a
 * free clause's guard. Its term t entered the obligation as {@code ite(selector, t, dropped)}, where
 * {@code dropped} is what t becomes when the element is deleted from the spec; with the selector true the
 * obligation means exactly what it means without tracking.
 *
 * @param role    what the element is, for readers: {@code "where"}, {@code "if"}, {@code "guard"} ...
 * @param dropped what deleting it means, for readers: {@code "never taken"}, {@code "assumed true"} ...
 */
public record Tracked(int id, Term.Var selector, Span span, String role, String dropped) {}
