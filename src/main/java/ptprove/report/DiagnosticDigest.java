package ptprove.report;

import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.List;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.DiagnosticFormatter;

/**
 * A spec's diagnostics as {@code check} shows them on the terminal: each in full, except that the PTL0306
 * warnings a {@code --config} selection causes (a theorem restricted to other configurations applies to none of
 * the selected ones: expected, and one per such theorem) become one summary of at most two lines per spec:
 *
 * <pre>
 * specs/arm64/layout.ptl: warning[PTL0306]: --config leaves out 9 theorems:
 *   bpf_jit_nonempty, layout_order_v5_4, layout_order_v5_17 and 6 more
 * </pre>
 *
 * ({@code check --verbose} shows each warning in full.)
 */
public final class DiagnosticDigest {
    private DiagnosticDigest() {}

    /** The text to print for {@code diagnostics} of {@code spec}; {@code digest} false prints each in full. */
    public static String format(String spec, List<Diagnostic> diagnostics, boolean digest) {
        StringBuilder sb = new StringBuilder();
        List<Diagnostic> unselected = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (digest && d.code() == DiagnosticCode.NO_SUCH_CONFIGURATION) unselected.add(d);
            else sb.append(DiagnosticFormatter.format(d));
        }
        if (unselected.size() == 1) sb.append(DiagnosticFormatter.format(unselected.get(0)));
        else if (!unselected.isEmpty()) for (String l : summary(spec, unselected)) sb.append(l).append('\n');
        return sb.toString();
    }

    private static List<String> summary(String spec, List<Diagnostic> ds) {
        long theorems = ds.stream().filter(d -> d.message().startsWith("theorem ")).count();
        String what = theorems == ds.size() ? "theorems" : theorems == 0 ? "examples" : "theorems and examples";
        List<String> tokens = new ArrayList<>();
        tokens.add(Texts.printable(spec) + ":");
        tokens.add("warning[" + DiagnosticCode.NO_SUCH_CONFIGURATION.id() + "]:");
        tokens.addAll(Texts.words("--config leaves out " + ds.size() + " " + what + ":"));
        List<String> lines = new ArrayList<>(Texts.wrap(tokens, "", "  ", WIDTH));
        StringBuilder names = new StringBuilder("  ");
        for (int i = 0; i < ds.size(); i++) {
            String next = (i == 0 ? "" : ", ") + Texts.printable(ds.get(i).span().text());
            int after = ds.size() - i - 1;
            String more = after == 0 ? "" : " and " + after + " more";
            if (i > 0 && names.length() + next.length() + more.length() > WIDTH) {
                names.append(" and ").append(ds.size() - i).append(" more");
                break;
            }
            names.append(next);
        }
        lines.add(Texts.truncateMiddle(names.toString(), WIDTH));
        return lines;
    }
}
