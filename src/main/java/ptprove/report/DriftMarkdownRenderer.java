package ptprove.report;

import ptprove.result.Drift;
import ptprove.result.Verdict;

/** {@code ptprove drift --format markdown}: per spec, a table of drifted values and a line per bound fn. */
public final class DriftMarkdownRenderer {
    public String render(Drift.Report r) {
        StringBuilder sb = new StringBuilder("# Drift against Linux ").append(r.version()).append("\n\n");
        sb.append("Tree: `").append(r.tree()).append("`\n\n");
        for (Drift.Spec s : r.specs()) {
            sb.append("## `").append(s.spec()).append("`\n\n");
            if (s.hasErrors()) {
                sb.append("Not compared: the spec has errors.\n\n");
                continue;
            }
            if (s.values().isEmpty() && s.fns().isEmpty()) {
                sb.append("Binds nothing to the kernel.\n\n");
                continue;
            }
            sb.append(s.configurations()).append(" configurations")
              .append(s.selection().isEmpty() ? "" : " (" + s.selection() + ")").append("; lets compared: ")
              .append(String.join(", ", s.lets().stream().map(l -> "`" + l + "`").toList())).append(".\n\n");
            long drifted = s.values().stream().filter(Drift.Value::drifted).count();
            if (drifted == 0 && !s.values().isEmpty()) sb.append("No value drifted.\n\n");
            if (drifted > 0) {
                sb.append("| let | configuration | spec | kernel |\n|---|---|---|---|\n");
                for (Drift.Value v : s.values()) {
                    if (!v.drifted()) continue;
                    sb.append("| `").append(v.let()).append("` | ").append(v.config()).append(" | `")
                      .append(Formats.hex(v.spec())).append("` ").append(v.specAt()).append(" | `")
                      .append(Formats.hex(v.kernel())).append("` ").append(v.kernelAt()).append(" |\n");
                }
                sb.append('\n');
            }
            for (Drift.Fn f : s.fns()) {
                if (f.verdict() == Verdict.PROVED) continue;
                sb.append("- `").append(f.fn()).append("` in ").append(f.config()).append(": ")
                  .append(f.verdict() == Verdict.REFUTED ? "**not equivalent** to " : "unknown against ")
                  .append(f.kernelAt());
                if (f.verdict() == Verdict.REFUTED) {
                    sb.append("; e.g. ");
                    f.input().forEach((k, v) -> sb.append('`').append(k).append(" = ").append(Formats.hex(v)).append("` "));
                    sb.append("→ spec ").append(f.specResult()).append(", kernel ").append(f.kernelResult());
                }
                sb.append('\n');
            }
            long fns = s.fns().stream().map(Drift.Fn::fn).distinct().count();
            long bad = s.fns().stream().filter(f -> f.verdict() != Verdict.PROVED).count();
            if (fns > 0 && bad == 0) {
                sb.append("Every bound fn is equivalent to the kernel's in every configuration (")
                  .append(String.join(", ", s.fns().stream().map(f -> "`" + f.fn() + "`").distinct().toList()))
                  .append(").\n\n");
            } else if (bad > 0) {
                sb.append('\n');
            }
        }
        sb.append("Exit ").append(DriftTextRenderer.exitCode(r)).append(".\n");
        return sb.toString();
    }
}
