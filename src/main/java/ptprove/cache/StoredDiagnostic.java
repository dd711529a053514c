package ptprove.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Severity;
import ptprove.source.SourceFile;

/**
 * A warning of a cached spec (elaboration's among them, e.g. a theorem that applies to no selected configuration),
 * so that a spec answered from its entry shows the same diagnostics as one compiled in full. Enum constants are
 * stored by name: an entry is only read by the code that wrote it ({@link ToolIdentity}).
 */
record StoredDiagnostic(Severity severity, DiagnosticCode code, StoredSpan span, String message,
                        List<StoredSpan> noteSpans, List<String> notes) {
    StoredDiagnostic {
        noteSpans = List.copyOf(noteSpans);
        notes = List.copyOf(notes);
    }

    /** Null when a span lies outside the spec's files. */
    static StoredDiagnostic of(Diagnostic d, Map<String, SourceFile> sources) {
        StoredSpan span = StoredSpan.of(d.span(), sources);
        if (span == null) return null;
        List<StoredSpan> spans = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Diagnostic.Note n : d.notes()) {
            StoredSpan s = StoredSpan.of(n.span(), sources);
            if (s == null) return null;
            spans.add(s);
            messages.add(n.message());
        }
        return new StoredDiagnostic(d.severity(), d.code(), span, d.message(), spans, messages);
    }

    Diagnostic resolve(Map<String, SourceFile> sources) throws SpecEntryInvalid {
        List<Diagnostic.Note> out = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) out.add(new Diagnostic.Note(noteSpans.get(i).resolve(sources), notes.get(i)));
        return new Diagnostic(severity, code, span.resolve(sources), message, out);
    }

    List<String> fields() {
        List<String> f = new ArrayList<>(List.of("diagnostic", severity.name(), code.name()));
        span.addTo(f);
        f.add(message);
        f.add(Integer.toString(notes.size()));
        for (int i = 0; i < notes.size(); i++) {
            noteSpans.get(i).addTo(f);
            f.add(notes.get(i));
        }
        return f;
    }

    /** Reads the fields after the line's tag. */
    static StoredDiagnostic read(FieldReader r) throws SpecEntryInvalid {
        Severity severity = constant(Severity.class, r.text());
        DiagnosticCode code = constant(DiagnosticCode.class, r.text());
        StoredSpan span = StoredSpan.read(r);
        String message = r.text();
        int n = r.integer();
        if (n < 0 || n > 64) throw new SpecEntryInvalid("too many notes");
        List<StoredSpan> spans = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            spans.add(StoredSpan.read(r));
            messages.add(r.text());
        }
        r.end();
        return new StoredDiagnostic(severity, code, span, message, spans, messages);
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name) throws SpecEntryInvalid {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new SpecEntryInvalid("unknown " + type.getSimpleName());
        }
    }
}
