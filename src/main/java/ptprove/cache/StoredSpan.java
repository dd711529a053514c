package ptprove.cache;

import java.util.List;
import java.util.Map;
import ptprove.source.SourceFile;
import ptprove.source.Span;

/** A {@link Span} as a spec-level entry keeps it: the file's display path ({@code ""} for a synthetic span), offsets. */
record StoredSpan(String file, int start, int end) {
    private static final StoredSpan SYNTHETIC = new StoredSpan("", 0, 0);

    /** Null when the span's file is not one of {@code sources} (then the spec is not stored at all). */
    static StoredSpan of(Span span, Map<String, SourceFile> sources) {
        if (span.isSynthetic()) return SYNTHETIC;
        String name = span.file().displayPath();
        return sources.get(name) == span.file() ? new StoredSpan(name, span.start(), span.end()) : null;
    }

    /** The span in the files the front end just read. */
    Span resolve(Map<String, SourceFile> sources) throws SpecEntryInvalid {
        if (file.isEmpty()) return Span.SYNTHETIC;
        SourceFile f = sources.get(file);
        if (f == null || start < 0 || end < start || end > f.text().length()) {
            throw new SpecEntryInvalid("a span outside the spec's files");
        }
        return f.span(start, end);
    }

    void addTo(List<String> fields) {
        fields.add(file);
        fields.add(Integer.toString(start));
        fields.add(Integer.toString(end));
    }

    static StoredSpan read(FieldReader r) throws SpecEntryInvalid {
        String file = r.text();
        return new StoredSpan(file, r.integer(), r.integer());
    }
}
