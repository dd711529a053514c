package ptprove.report;

import java.util.List;
import ptprove.result.Review;

/** {@code ptprove review --format markdown}: the reply as sections, counterexamples in fenced blocks. */
public final class ReviewMarkdownRenderer {
    public String render(Review.Report r) {
        StringBuilder sb = new StringBuilder("# Review of `").append(r.patch()).append("`\n\n");
        sb.append("Linux ").append(r.version());
        if (!r.selection().isEmpty()) sb.append(" (").append(r.selection()).append(", ").append(r.configurations()).append(" configurations)");
        sb.append("; the patch changes ").append(String.join(", ", r.files().stream().map(f -> "`" + f + "`").toList()))
          .append(".\n\n");
        if (r.hasErrors()) return sb.append("Not reviewed: the specs or the patched tree have errors.\n").toString();
        if (!r.layoutChanged() && !r.verdictChanged()) {
            sb.append("**No layout change, no verdict change.**\n\n");
        }
        if (!r.layout().isEmpty()) {
            sb.append("## Layout values that change\n\n| value | configuration | before | after |\n|---|---|---|---|\n");
            for (Review.LayoutChange c : r.layout()) {
                sb.append("| `").append(c.name()).append("` | ").append(ReviewTextRenderer.label(r, c.config()))
                  .append(" | `").append(Formats.hex(c.before())).append("` | `")
                  .append(Formats.hex(c.after())).append("` |\n");
            }
            sb.append('\n');
        }
        if (!r.sharing().isEmpty()) {
            sb.append("## Shared table pages\n\n");
            for (Review.SharingChange s : r.sharing()) {
                sb.append("- `").append(s.a()).append("` and `").append(s.b()).append("` ")
                  .append(s.after() == null ? "stop sharing the table below `" + s.before() + "`"
                          : "newly share the table below `" + s.after() + "` " + s.span())
                  .append(" in ").append(ReviewTextRenderer.label(r, s.config())).append('\n');
            }
            sb.append('\n');
        }
        if (!r.fns().isEmpty()) {
            sb.append("## Bound functions that change\n\n");
            for (Review.FnChange f : r.fns()) sb.append("- `").append(f.fn()).append("` (").append(f.kernelAt()).append(")\n");
            sb.append('\n');
        }
        if (!r.flips().isEmpty()) {
            sb.append("## Verdicts that flip\n\nNew counterexamples first.\n\n```\n");
            String reply = new ReviewTextRenderer().render(r);
            int from = reply.indexOf("Verdicts that flip");
            int to = reply.indexOf("\nVerdicts unchanged");
            if (to < 0) to = reply.lastIndexOf("\n\n");
            sb.append(reply, reply.indexOf('\n', from) + 1, Math.max(reply.indexOf('\n', from) + 1, to)).append("\n```\n\n");
        }
        List<String> same = r.checked().stream().filter(s -> s.unchanged() == s.obligations())
                .map(s -> "`" + s.spec() + "`").toList();
        if (!same.isEmpty() || !r.unaffected().isEmpty()) {
            sb.append("Verdicts unchanged: ").append(String.join(", ", same));
            if (!r.unaffected().isEmpty()) {
                sb.append(same.isEmpty() ? "" : "; ").append("not affected by the patch: ")
                  .append(String.join(", ", r.unaffected().stream().map(u -> "`" + u + "`").toList()));
            }
            sb.append(".\n\n");
        }
        if (!r.unbound().isEmpty()) {
            sb.append("Bind nothing to the kernel, so the patch was not compared against them: ")
              .append(String.join(", ", r.unbound().stream().map(u -> "`" + u + "`").toList())).append(".\n\n");
        }
        sb.append("Exit ").append(ReviewTextRenderer.exitCode(r)).append(".\n");
        return sb.toString();
    }
}
