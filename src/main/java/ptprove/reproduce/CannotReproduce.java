package ptprove.reproduce;

import ptprove.source.Span;

/** The theorem or a construct it uses has no C transcription; {@code span} says where (may be synthetic). */
public final class CannotReproduce extends Exception {
    private final transient Span span;

    public CannotReproduce(Span span, String message) {
        super(message);
        this.span = span;
    }

    public Span span() { return span; }
}
