package ptprove.eval;

import ptprove.source.Span;

/**
 * Why the evaluator could not produce a value. Never a hang: budgets turn "too large to replay" into
 * {@link Reason#TOO_LARGE}. Messages are for users and name the place in the spec when there is one.
 */
public class EvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of failure; callers decide by it, not by the message. */
    public enum Reason {
        /** A {@code var} or a bound variable has no value (in partial evaluation this just means "not yet"). */
        UNBOUND,
        /** An iteration budget (walk loop iterations, quantifier cases, assignments) was exceeded. */
        TOO_LARGE,
        /** A nested quantifier over values whose domain is too large to enumerate, with no deciding hint. */
        NESTED_QUANTIFIER,
        /** The spec is ill-formed in this configuration (e.g. a geometry whose shifts do not decrease). */
        ILL_FORMED,
        /** A value of the wrong kind reached an operator: a checker or evaluator bug. */
        INTERNAL
    }

    private final Reason reason;
    private final Span span;

    public EvalException(Reason reason, Span span, String message) {
        // UNBOUND is thrown and caught routinely while pruning; it needs no stack trace.
        super(message, null, false, reason != Reason.UNBOUND);
        this.reason = reason;
        this.span = span;
    }

    public Reason reason() { return reason; }

    /** Where in the spec, or null. */
    public Span span() { return span; }

    @Override public String getMessage() {
        String m = super.getMessage();
        return span == null || span.isSynthetic() ? m : span.location() + ": " + m;
    }
}
