package ptprove.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The collector every phase reports into. A phase reports everything it finds; the driver checks
 * {@link #hasErrors()} between phases (collect, then stop). Identical reports are kept once.
 */
public final class Diagnostics {
    private final Set<Diagnostic> items = new LinkedHashSet<>();

    public void error(DiagnosticCode code, Span span, String message, Diagnostic.Note... notes) {
        items.add(new Diagnostic(Severity.ERROR, code, span, message, List.of(notes)));
    }

    public void warning(DiagnosticCode code, Span span, String message, Diagnostic.Note... notes) {
        items.add(new Diagnostic(Severity.WARNING, code, span, message, List.of(notes)));
    }

    public void add(Diagnostic d) { items.add(d); }

    public boolean hasErrors() { return items.stream().anyMatch(Diagnostic::isError); }
    public boolean isEmpty() { return items.isEmpty(); }

    /** All reports in source order (file, then offset), errors and warnings interleaved. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items);
        list.sort(Comparator
                .comparing((Diagnostic d) -> d.span().isSynthetic() ? "" : d.span().file().displayPath())
                .thenComparingInt(d -> d.span().start())
                .thenComparing(d -> d.code().id()));
        return Collections.unmodifiableList(list);
    }

    public long errorCount() { return items.stream().filter(Diagnostic::isError).count(); }
}
