package ptprove.eval;

import ptprove.syntax.ast.Expr;

/**
 * A history read the evaluator made, {@code after(...).NAME(address)} at {@code site}: the history it ran, what
 * it read and what it found. A replay explains it with the writes that covered the address.
 */
public record HistoryRecord(Expr.Member site, History history, String name, long address, Object value) {}
