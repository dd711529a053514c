package ptprove.source;

import java.util.List;

/** One positioned message. {@code notes} are secondary lines (e.g. "first defined here") with their own spans. */
public record Diagnostic(Severity severity, DiagnosticCode code, Span span, String message, List<Note> notes) {
    public record Note(Span span, String message) {}

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public boolean isError() { return severity == Severity.ERROR; }
}
