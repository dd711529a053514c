package ptprove.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.Span;

/**
 * Problems met per configuration, reported once each: the same missing macro in eight configurations is one
 * diagnostic naming the first configuration and how many more.
 */
final class KernelProblems {
    private record Key(DiagnosticCode code, Span span, String message) {}

    private final Map<Key, List<String>> configs = new LinkedHashMap<>();
    private final Map<Key, List<Diagnostic.Note>> notes = new LinkedHashMap<>();
    private final Map<Key, String> shown = new LinkedHashMap<>();
    private final int total;

    KernelProblems(int totalConfigurations) {
        this.total = totalConfigurations;
    }

    synchronized void add(DiagnosticCode code, Span span, String message, String config, Diagnostic.Note... extra) {
        add(code, span, message, message, config, extra);
    }

    /**
     * A problem whose message differs per configuration only in detail (say, the macro's expansion): one
     * diagnostic per {@code key}, showing the first configuration's {@code message}.
     */
    synchronized void add(DiagnosticCode code, Span span, String key, String message, String config,
                          Diagnostic.Note... extra) {
        Key k = new Key(code, span, key);
        shown.putIfAbsent(k, message);
        configs.computeIfAbsent(k, x -> new ArrayList<>()).add(config);
        notes.putIfAbsent(k, List.of(extra));
    }

    void reportTo(Diagnostics diags) {
        for (Map.Entry<Key, List<String>> e : configs.entrySet()) {
            Key k = e.getKey();
            List<String> cs = e.getValue();
            String where = cs.get(0) == null ? "" : cs.size() == total && total > 1 ? " (in every configuration)"
                    : " (in " + cs.get(0) + (cs.size() > 1 ? " and " + (cs.size() - 1) + " more" : "") + ")";
            diags.error(k.code(), k.span(), shown.get(k) + where, notes.get(k).toArray(Diagnostic.Note[]::new));
        }
    }
}
