package ptprove.report;

import static ptprove.report.Texts.WIDTH;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code layout --diff}: how one layout differs from another (another spec, or the same spec at another
 * revision), configuration by configuration: constants and regions whose values changed, appeared or went, and
 * table pages that regions now share or no longer share ({@link TableSharing}). Configurations are matched by
 * their params; one present on a side only is said so. What depends on a var is compared by its range when both
 * reports have ranges ({@code layout --ranges --diff}), else as "depends on a var" (so a constant that became
 * var-dependent is a change, not a disappearance).
 */
public final class LayoutDiff {
    /** One difference: what ({@code VMEMMAP_END}, {@code region vmemmap}, {@code shares}), before and after. */
    public record Change(String what, String before, String after) {}

    /** The changes of one configuration ({@code config} as {@code ERA=614 ...}). */
    public record ConfigChanges(String config, List<Change> changes) {
        public ConfigChanges { changes = List.copyOf(changes); }
    }

    private final String spec;
    private final String other;
    private final int compared;
    private final List<ConfigChanges> changes;

    private LayoutDiff(String spec, String other, int compared, List<ConfigChanges> changes) {
        this.spec = spec;
        this.other = other;
        this.compared = compared;
        this.changes = List.copyOf(changes);
    }

    /** {@code before} as the other side ({@code otherName}: the spec or revision it came from), {@code after} now. */
    public static LayoutDiff of(LayoutReport before, LayoutReport after, String otherName) {
        Map<String, LayoutReport.Layout> old = byConfig(before);
        Map<String, LayoutReport.Layout> now = byConfig(after);
        Set<String> configs = new LinkedHashSet<>(now.keySet());
        configs.addAll(old.keySet());
        List<ConfigChanges> out = new ArrayList<>();
        for (String c : configs) {
            List<Change> ch = new ArrayList<>();
            if (!old.containsKey(c)) ch.add(new Change("configuration", "absent", "present"));
            else if (!now.containsKey(c)) ch.add(new Change("configuration", "present", "absent"));
            else ch.addAll(compare(old.get(c), now.get(c), before.width(), after.width()));
            if (!ch.isEmpty()) out.add(new ConfigChanges(c, ch));
        }
        return new LayoutDiff(after.spec(), otherName, configs.size(), out);
    }

    public boolean differs() { return !changes.isEmpty(); }

    private static Map<String, LayoutReport.Layout> byConfig(LayoutReport r) {
        Map<String, LayoutReport.Layout> m = new LinkedHashMap<>();
        for (LayoutReport.Layout l : r.layouts()) m.put(l.config().toString(), l);
        return m;
    }

    private static List<Change> compare(LayoutReport.Layout a, LayoutReport.Layout b, int wa, int wb) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        for (LayoutReport.Constant k : a.constants()) before.put(k.name(), Formats.hex(k.value()));
        for (LayoutReport.Constant k : b.constants()) after.put(k.name(), Formats.hex(k.value()));
        for (LayoutReport.Region r : a.regions()) before.put("region " + r.name(), range(r));
        for (LayoutReport.Region r : b.regions()) after.put("region " + r.name(), range(r));
        // ranges are compared only when both sides have them: a side whose ranges failed (a timeout) would
        // otherwise differ from the other by that alone
        boolean ranges = a.rangeProblem() == null && b.rangeProblem() == null;
        symbolic(a, before, ranges);
        symbolic(b, after, ranges);
        List<Change> out = new ArrayList<>();
        String satBefore = satisfiable(a), satAfter = satisfiable(b);
        if (satBefore != null && satAfter != null && !satBefore.equals(satAfter)) {
            out.add(new Change("vars' where-clauses", satBefore, satAfter)); // every obligation turns vacuous
        }
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        for (String n : names) {
            String x = before.getOrDefault(n, "absent"), y = after.getOrDefault(n, "absent");
            if (!x.equals(y)) out.add(new Change(n, x, y));
        }
        Set<String> sharedBefore = shared(a, wa), sharedAfter = shared(b, wb);
        for (String s : sharedAfter) if (!sharedBefore.contains(s)) out.add(new Change("shares", "no", s));
        for (String s : sharedBefore) if (!sharedAfter.contains(s)) out.add(new Change("shares", s, "no"));
        return out;
    }

    /**
     * Whether some value of the vars satisfies their where-clauses, as far as the ranges tell: {@code satisfiable}
     * or {@code no solution}; null when they do not tell (no ranges asked, no vars, or the solver gave up).
     */
    private static String satisfiable(LayoutReport.Layout l) {
        if (LayoutReport.NO_SOLUTION.equals(l.rangeProblem())) return "no solution";
        return l.rangeProblem() == null && !l.ranged().isEmpty() ? "satisfiable" : null;
    }

    /** Each var-dependent let and region: its range ({@code 0x… .. 0x…}), or that it depends on a var. */
    private static void symbolic(LayoutReport.Layout l, Map<String, String> into, boolean ranges) {
        if (ranges && !l.ranged().isEmpty()) {
            ranged(l, into);
            return;
        }
        for (String name : l.symbolic()) {
            into.put(l.symbolicRegions().contains(name) ? "region " + name : name, "depends on a var");
        }
    }

    private static void ranged(LayoutReport.Layout l, Map<String, String> into) {
        for (LayoutReport.Ranged r : l.ranged()) {
            into.put(r.isRegion() ? "region " + r.name() : r.name(), r.isRegion()
                    ? "[" + bounds(r.value()) + ", " + bounds(r.end()) + ")" : bounds(r.value()));
        }
    }

    private static String bounds(LayoutReport.Bounds b) {
        return Formats.hex(b.min()) + " .. " + Formats.hex(b.max());
    }

    private static String range(LayoutReport.Region r) {
        return "[" + Formats.hex(r.start()) + ", " + Formats.hex(r.end()) + ")";
    }

    /** {@code pgd[507] [0x…, 0x…) vmalloc, vmemmap} per shared table page. */
    private static Set<String> shared(LayoutReport.Layout l, int width) {
        Set<String> out = new LinkedHashSet<>();
        for (TableSharing.Shared s : TableSharing.of(l, width)) {
            out.add(s.indexPath() + " [" + Formats.hex(s.start()) + ", " + Formats.hex(s.end()) + ") "
                    + String.join(", ", s.regions()));
        }
        return out;
    }

    /**
     * <pre>
     * specs/arm64/layout.ptl against HEAD~1: 2 of 52 configurations differ
     *
     * ERA=614 PAGE_SHIFT=12 VA_BITS=48
     *   VMEMMAP_END: 0xffffffffc0000000 -> 0xffffffffc0200000
     *   shares: now pgd[511] [0xffffff8000000000, 0x0) pci_io, vmemmap
     * </pre>
     */
    public String text() {
        List<String> lines = new ArrayList<>(Texts.wrap(Texts.words(Texts.printable(spec) + " against "
                + Texts.printable(other) + ": " + changes.size() + " of " + Texts.plural(compared, "configuration")
                + (changes.size() == 1 ? " differs" : " differ")), "", "  ", WIDTH));
        for (ConfigChanges c : changes) {
            lines.add("");
            lines.addAll(Texts.wrap(Texts.words(c.config().isEmpty() ? "(no params)" : c.config()), "", "", WIDTH));
            for (Change ch : c.changes()) {
                String text = ch.what().equals("shares")
                        ? (ch.before().equals("no") ? "shares now: " + ch.after() : "shares no longer: " + ch.before())
                        : ch.what() + ": " + ch.before() + " -> " + ch.after();
                lines.addAll(Texts.wrap(Texts.words(text), "  ", "      ", WIDTH));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return sb.toString();
    }

    /**
     * {@code {"spec", "against", "configurations", "differences": [{"config", "changes": [{"what", "before",
     * "after"}]}]}}.
     */
    public String json() {
        ObjectNode root = Json.object();
        root.put("spec", spec);
        root.put("against", other);
        root.put("configurations", compared);
        ArrayNode diffs = root.putArray("differences");
        for (ConfigChanges c : changes) {
            ObjectNode n = diffs.addObject();
            n.put("config", c.config());
            ArrayNode list = n.putArray("changes");
            for (Change ch : c.changes()) {
                list.addObject().put("what", ch.what()).put("before", ch.before()).put("after", ch.after());
            }
        }
        return Json.write(root);
    }
}
