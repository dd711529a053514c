package ptprove.elaborate;

import java.util.LinkedHashMap;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Node;

/**
 * Problems that show only in some configurations, gathered across all of them and reported once per place:
 * the first configuration's message, and how many more configurations have the same problem there.
 */
final class PerConfigProblems {
    private record Seen(DiagnosticCode code, String message, Config first, int[] more) {}

    private final Map<Node, Seen> byPlace = new LinkedHashMap<>();
    private final DiagnosticCode code;

    PerConfigProblems(DiagnosticCode code) { this.code = code; }

    void add(Node at, String message, Config config) {
        Seen s = byPlace.get(at);
        if (s == null) byPlace.put(at, new Seen(code, message, config, new int[1]));
        else s.more()[0]++;
    }

    void reportTo(Diagnostics diags) {
        for (Map.Entry<Node, Seen> e : byPlace.entrySet()) {
            Seen s = e.getValue();
            int more = s.more()[0];
            String where = s.first().entries().isEmpty() ? "" : " in configuration " + s.first()
                    + (more == 0 ? "" : " (and " + more + " more configuration" + (more == 1 ? "" : "s") + ")");
            diags.error(s.code(), e.getKey().span(), s.message() + where);
        }
    }
}
