package ptprove.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.result.Drift;
import ptprove.result.Verdict;

/**
 * {@code ptprove drift} as plain text, at most 80 columns: per spec the tree's release and configurations, the
 * lets compared, every drifted value with both values and both places, every fn that is not the kernel's with a
 * distinguishing input; then a one-line summary.
 */
public final class DriftTextRenderer {
    private static final int WIDTH = Texts.WIDTH;

    public String render(Drift.Report report) {
        StringBuilder sb = new StringBuilder();
        for (Drift.Spec s : report.specs()) {
            sb.append(spec(report, s)).append('\n');
        }
        sb.append(summary(report)).append('\n');
        return sb.toString();
    }

    private String spec(Drift.Report report, Drift.Spec s) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.truncateMiddle(Texts.printable(s.spec()), WIDTH));
        if (s.hasErrors()) {
            lines.add("  not compared: " + Texts.plural(s.diagnostics().stream().filter(d -> d.isError()).count(), "error")
                    + " (above)");
            return join(lines);
        }
        if (s.values().isEmpty() && s.fns().isEmpty()) {
            lines.add("  binds nothing to the kernel");
            return join(lines);
        }
        lines.add("  Linux " + report.version() + (s.selection().isEmpty() ? "" : " (" + s.selection() + ")") + ", "
                + Texts.plural(s.configurations(), "configuration") + ", " + Texts.plural(s.lets().size(), "bound let")
                + ", " + Texts.plural(s.values().size(), "value") + " compared");
        if (!s.lets().isEmpty()) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < s.lets().size(); i++) tokens.add(s.lets().get(i) + (i + 1 < s.lets().size() ? "," : ""));
            lines.addAll(Texts.wrap(tokens, "  lets: ", "        ", WIDTH));
        }
        lines.addAll(drifts(s));
        lines.addAll(fns(s));
        return join(lines);
    }

    private static List<String> drifts(Drift.Spec s) {
        Map<String, List<Drift.Value>> byLet = new LinkedHashMap<>();
        for (Drift.Value v : s.values()) if (v.drifted()) byLet.computeIfAbsent(v.let(), k -> new ArrayList<>()).add(v);
        List<String> lines = new ArrayList<>();
        if (byLet.isEmpty() && !s.values().isEmpty()) lines.add("  values: no drift");
        for (Map.Entry<String, List<Drift.Value>> e : byLet.entrySet()) {
            lines.add("  DRIFT " + e.getKey() + (e.getValue().get(0).macro().equals(e.getKey()) ? ""
                    : " (" + e.getValue().get(0).macro() + ")") + " in " + e.getValue().size() + " of "
                    + s.configurations() + " configurations");
            for (Drift.Value v : e.getValue()) {
                lines.add("    " + Texts.truncateEnd(v.config().toString(), WIDTH - 4));
                lines.addAll(value("spec", v.spec(), v.specAt()));
                lines.addAll(value("kernel", v.kernel(), v.kernelAt()));
            }
        }
        return lines;
    }

    /** {@code spec   0x... at file:line}, the place on a line of its own when both do not fit. */
    private static List<String> value(String who, long v, String at) {
        String head = "      " + Texts.pad(who, 7) + Formats.hex(v);
        if (head.length() + 4 + at.length() <= WIDTH) return List.of(head + " at " + at);
        return List.of(head, "        at " + Texts.truncateMiddle(at, WIDTH - 11));
    }

    private static List<String> fns(Drift.Spec s) {
        Map<String, List<Drift.Fn>> byFn = new LinkedHashMap<>();
        for (Drift.Fn f : s.fns()) byFn.computeIfAbsent(f.fn(), k -> new ArrayList<>()).add(f);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Drift.Fn>> e : byFn.entrySet()) {
            List<Drift.Fn> rows = e.getValue();
            List<Drift.Fn> bad = rows.stream().filter(f -> f.verdict() == Verdict.REFUTED).toList();
            List<Drift.Fn> unknown = rows.stream().filter(f -> f.verdict() != Verdict.REFUTED
                    && f.verdict() != Verdict.PROVED).toList();
            Drift.Fn first = rows.get(0);
            String head = "fn " + e.getKey() + " vs " + first.kernelAt() + ": ";
            if (bad.isEmpty() && unknown.isEmpty()) {
                lines.addAll(Texts.wrap(Texts.words(head + "equivalent in " + Texts.plural(rows.size(),
                        "configuration")), "  ", "      ", WIDTH));
                continue;
            }
            if (bad.isEmpty()) {
                lines.addAll(Texts.wrap(Texts.words(head + "unknown in " + Texts.plural(unknown.size(), "configuration")
                        + " (" + unknown.get(0).reason() + ")"), "  ", "      ", WIDTH));
                continue;
            }
            lines.addAll(Texts.wrap(Texts.words(head + "NOT EQUIVALENT in " + bad.size() + " of "
                    + Texts.plural(rows.size(), "configuration")), "  ", "      ", WIDTH));
            Drift.Fn f = bad.get(0);
            lines.add("    " + Texts.truncateEnd(f.config().toString(), WIDTH - 4) + ", e.g.");
            int w = f.input().keySet().stream().mapToInt(String::length).max().orElse(1);
            f.input().forEach((k, v) -> lines.add("      " + Texts.pad(k, w) + " = " + Formats.hex(v)));
            lines.add("      the spec's " + e.getKey() + " returns " + f.specResult() + ", the kernel's "
                    + f.kernelResult());
        }
        return lines;
    }

    private static String summary(Drift.Report r) {
        long values = r.specs().stream().flatMap(s -> s.values().stream()).filter(Drift.Value::drifted)
                .map(v -> v.let()).distinct().count();
        long fns = r.specs().stream().flatMap(s -> s.fns().stream()).filter(f -> f.verdict() == Verdict.REFUTED)
                .map(Drift.Fn::fn).distinct().count();
        long errors = r.specs().stream().filter(Drift.Spec::hasErrors).count();
        String what = values == 0 && fns == 0 ? "no drift"
                : Texts.plural(values, "let") + " and " + Texts.plural(fns, "fn") + " drifted";
        if (errors > 0) what += "; " + Texts.plural(errors, "spec") + " with errors";
        return Texts.plural(r.specs().size(), "spec") + " against Linux " + r.version() + ": " + what
                + "; exit " + exitCode(r);
    }

    /** 3 with spec errors, 1 on drift, 4 when the solver gave up on an equivalence, else 0. */
    public static int exitCode(Drift.Report r) {
        if (r.hasErrors()) return 3;
        if (r.drifted()) return 1;
        if (r.unknown()) return 4;
        return 0;
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
