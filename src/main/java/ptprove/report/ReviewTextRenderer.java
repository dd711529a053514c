package ptprove.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.result.Review;

/**
 * {@code ptprove review} as a reply to paste under a patch, at most 80 columns: the patch and tree, layout values
 * that change (per configuration), regions that newly share or stop sharing a table page (level and entry),
 * bound functions that change, then verdicts that flip, new counterexamples first, each as {@code check} prints
 * it with its replay; "no layout change, no verdict change" when that is the answer.
 */
public final class ReviewTextRenderer {
    private static final int WIDTH = Texts.WIDTH;

    public String render(Review.Report r) {
        List<String> lines = new ArrayList<>();
        lines.add("Review of " + Texts.truncateMiddle(r.patch(), WIDTH - 10));
        lines.add("  on Linux " + r.version() + (r.selection().isEmpty() ? "" : " (" + r.selection() + ", "
                + Texts.plural(r.configurations(), "configuration") + ")"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < r.files().size(); i++) files.add(r.files().get(i) + (i + 1 < r.files().size() ? "," : ""));
        lines.addAll(Texts.wrap(files, "  changes ", "          ", WIDTH));
        lines.add("");
        if (r.hasErrors()) {
            lines.add("Not reviewed: " + Texts.plural(r.diagnostics().stream().filter(d -> d.isError()).count(),
                    "error") + " (above).");
            return join(lines);
        }
        if (!r.layoutChanged() && !r.verdictChanged()) {
            lines.add("No layout change, no verdict change.");
        } else {
            lines.addAll(layout(r));
            lines.addAll(sharing(r));
            lines.addAll(functions(r));
            lines.addAll(flips(r));
        }
        lines.addAll(unchanged(r));
        lines.add("");
        lines.add(r.verdictChanged() ? Texts.plural(r.flips().size(), "verdict") + " changed; exit 1"
                : "No verdict changed; exit 0");
        return join(lines);
    }

    /** A configuration without the params every compared configuration shares. */
    static String label(Review.Report r, Config c) {
        List<String> parts = new ArrayList<>();
        for (Config.Entry e : c.entries()) if (!r.fixed().contains(e.name())) parts.add(e.name() + "=" + e.valueText());
        return parts.isEmpty() ? c.toString() : String.join(" ", parts);
    }

    /** The varying params' values only, {@code 12/48}, under a heading {@link #heading} names. */
    static String brief(Review.Report r, Config c) {
        List<String> parts = new ArrayList<>();
        for (Config.Entry e : c.entries()) if (!r.fixed().contains(e.name())) parts.add(e.valueText());
        return parts.isEmpty() ? "all" : String.join("/", parts);
    }

    /** {@code PAGE_SHIFT/VA_BITS}: the names of the varying params. */
    static String heading(Review.Report r, Config c) {
        List<String> parts = new ArrayList<>();
        for (Config.Entry e : c.entries()) if (!r.fixed().contains(e.name())) parts.add(e.name());
        return parts.isEmpty() ? "configuration" : String.join("/", parts);
    }

    private static List<String> layout(Review.Report r) {
        List<String> lines = new ArrayList<>();
        if (r.layout().isEmpty()) {
            lines.add("Layout values: no change.");
            lines.add("");
            return lines;
        }
        Map<String, List<Review.LayoutChange>> byName = new LinkedHashMap<>();
        for (Review.LayoutChange c : r.layout()) byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
        // lets that change in the same configurations form a group; the first two are shown value by value
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<Review.LayoutChange>> e : byName.entrySet()) {
            String key = e.getValue().stream().map(c -> c.config().toString()).toList().toString();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
        }
        lines.add("Layout values that change:");
        for (List<String> names : groups.values()) {
            List<Review.LayoutChange> first = byName.get(names.get(0));
            String head = heading(r, first.get(0).config());
            for (String name : names.subList(0, Math.min(2, names.size()))) {
                lines.add("  " + name + ", in " + byName.get(name).size() + " of " + r.configurations() + ":");
                lines.add("    " + Texts.pad(head, 20) + "  before              after");
                for (Review.LayoutChange c : byName.get(name)) {
                    lines.add("    " + Texts.pad(brief(r, c.config()), 20) + "  " + Texts.pad(Formats.hex(c.before()), 18)
                            + "  " + Formats.hex(c.after()));
                }
            }
            if (names.size() > 2) {
                List<String> rest = new ArrayList<>();
                for (int i = 2; i < names.size(); i++) rest.add(names.get(i) + (i + 1 < names.size() ? "," : ""));
                lines.addAll(Texts.wrap(rest, "  and in the same configurations: ", "    ", WIDTH));
            }
        }
        lines.add("");
        return lines;
    }

    /** A change worth a reviewer's eye: a pair starts or stops sharing, or shares at another level. */
    private static boolean structural(Review.SharingChange s) {
        if (s.before() == null || s.after() == null) return true;
        return !s.before().substring(0, s.before().indexOf('[')).equals(s.after().substring(0, s.after().indexOf('[')));
    }

    private static List<String> sharing(Review.Report r) {
        List<String> lines = new ArrayList<>();
        Map<String, List<Review.SharingChange>> byPair = new LinkedHashMap<>();
        for (Review.SharingChange s : r.sharing()) {
            if (!structural(s)) continue;
            String what = s.a() + " and " + s.b() + (s.after() == null ? " stop sharing a table page:"
                    : s.before() == null ? " newly share a table page:" : " now share a deeper table page:");
            byPair.computeIfAbsent(what, k -> new ArrayList<>()).add(s);
        }
        if (byPair.isEmpty()) {
            lines.add("Shared table pages: no region newly shares or stops sharing one.");
            lines.add("");
            return lines;
        }
        for (Map.Entry<String, List<Review.SharingChange>> e : byPair.entrySet()) {
            lines.add(e.getKey());
            Review.SharingChange first = e.getValue().get(0);
            boolean gone = first.after() == null;
            lines.add("    " + Texts.pad(heading(r, first.config()), 20) + "  " + (gone ? "was below" : "below    ")
                    + "  " + (gone ? "" : "covering"));
            for (Review.SharingChange s : e.getValue()) {
                String entry = gone ? s.before() : s.after();
                lines.add(("    " + Texts.pad(brief(r, s.config()), 20) + "  " + Texts.pad(entry, 9) + "  "
                        + (gone ? "" : s.span())).stripTrailing());
                if (!gone && s.before() != null) lines.add("    " + " ".repeat(22) + "(before: only below " + s.before() + ")");
            }
        }
        lines.add("");
        return lines;
    }

    private static List<String> functions(Review.Report r) {
        List<String> lines = new ArrayList<>();
        if (r.fns().isEmpty()) return lines;
        lines.add("Bound functions that change:");
        for (Review.FnChange f : r.fns()) {
            lines.add("  " + f.fn() + " (" + f.kernelAt() + "), in " + f.configurations() + " of "
                    + r.configurations());
        }
        lines.add("");
        return lines;
    }

    /**
     * Flips grouped by spec, property and change; the first of each group in full (as {@code check} prints it,
     * with its replay), the other configurations of the group by name.
     */
    private static List<String> flips(Review.Report r) {
        List<String> lines = new ArrayList<>();
        if (r.flips().isEmpty()) {
            lines.add("Verdicts: no change.");
            return lines;
        }
        Map<String, List<Review.Flip>> groups = new LinkedHashMap<>();
        for (Review.Flip x : r.flips()) {
            String was = x.before() == null ? "new" : x.before().verdict().word();
            groups.computeIfAbsent(x.spec() + "|" + x.after().obligation().name() + "|" + was + "|"
                    + x.after().verdict(), k -> new ArrayList<>()).add(x);
        }
        lines.add("Verdicts that flip (" + r.flips().size() + "), new counterexamples first:");
        OutcomeLineFormatter f = OutcomeLineFormatter.forObligations(
                r.flips().stream().map(x -> x.after().obligation()).toList(), Style.PLAIN.withoutTimings());
        String spec = null;
        for (List<Review.Flip> g : groups.values()) {
            Review.Flip x = g.get(0);
            if (!x.spec().equals(spec)) {
                spec = x.spec();
                lines.add("");
                lines.add(Texts.truncateMiddle(spec, WIDTH));
            }
            List<String> out = f.lines(x.after());
            lines.add(out.get(0));
            lines.add("         was " + (x.before() == null ? "not checked" : x.before().verdict().word()));
            lines.addAll(out.subList(1, out.size()));
            if (x.replay() != null) lines.addAll(f.replayLines(x.replay()));
            if (g.size() > 1) {
                List<String> more = new ArrayList<>();
                for (int i = 1; i < g.size(); i++) more.add(brief(r, g.get(i).config()) + (i + 1 < g.size() ? "," : ""));
                lines.addAll(Texts.wrap(more, "         also in " + heading(r, x.config()) + " ", "           ", WIDTH));
            }
        }
        return lines;
    }

    private static List<String> unchanged(Review.Report r) {
        List<String> lines = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (Review.SpecSummary s : r.checked()) {
            if (s.unchanged() == s.obligations()) same.add(s.spec() + " (" + Texts.plural(s.obligations(), "obligation") + ")");
        }
        if (!same.isEmpty()) {
            lines.add("");
            lines.add("Solved again, every verdict as before:");
            lines.addAll(Texts.wrap(listed(same), "  ", "  ", WIDTH));
        }
        if (!r.unaffected().isEmpty()) {
            lines.add("");
            lines.add("Bound values and functions unchanged, so are the verdicts:");
            lines.addAll(Texts.wrap(listed(r.unaffected()), "  ", "  ", WIDTH));
        }
        if (r.untouched() > 0) {
            lines.add("");
            lines.add(Texts.plural(r.untouched(), "other bound spec") + " read none of the patched files.");
        }
        if (!r.unbound().isEmpty()) {
            lines.add("");
            lines.add("Bind nothing to the kernel, so the patch was not compared against them:");
            lines.addAll(Texts.wrap(listed(r.unbound()), "  ", "  ", WIDTH));
        }
        return lines;
    }

    private static List<String> listed(List<String> items) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) tokens.addAll(Texts.words(items.get(i) + (i + 1 < items.size() ? "," : "")));
        return tokens;
    }

    /** 3 with errors, 1 when a verdict changed, else 0. */
    public static int exitCode(Review.Report r) {
        return r.hasErrors() ? 3 : r.verdictChanged() ? 1 : 0;
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l.stripTrailing()).append('\n');
        return sb.toString();
    }
}
