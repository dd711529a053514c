package ptprove.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a {@code check --kernel} run took a spec's bound values and functions from: the tree, its release, the
 * configurations it stands for, and for each bound let or fn the kernel file and line of its definition (several
 * when configurations differ, e.g. a folded level's {@code PUD_SHIFT} comes from asm-generic/pgtable-nopud.h).
 *
 * @param selection the configurations the release selects, e.g. {@code ERA=517}; empty when all
 */
public record KernelSources(String tree, String version, String selection, List<Item> items) {
    /** One bound name: {@code fn} or a let, and its locations as {@code file:line}. */
    public record Item(String name, boolean fn, List<String> locations) {
        public Item { locations = List.copyOf(locations); }
    }

    public KernelSources { items = List.copyOf(items); }

    /** {@code Linux 6.1.192 at /tree (ERA=517)}. */
    public String headline() {
        return "Linux " + version + " at " + tree + (selection.isEmpty() ? "" : " (" + selection + ")");
    }

    /** Items grouped by the file of their first location, in order of appearance: file to "NAME:line" texts. */
    public Map<String, List<String>> byFile() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Item i : items) {
            for (String loc : i.locations()) {
                int colon = loc.lastIndexOf(':');
                String file = colon < 0 ? loc : loc.substring(0, colon);
                String line = colon < 0 ? "" : ":" + loc.substring(colon + 1);
                out.computeIfAbsent(file, k -> new ArrayList<>()).add((i.fn() ? "fn " : "") + i.name() + line);
            }
        }
        return out;
    }

    /** The text lines of the block (at most 80 columns), as the text report prints it under a spec's header. */
    public List<String> textLines(String indent) {
        List<String> lines = new ArrayList<>();
        lines.add(indent + "values and functions from Linux " + version + (selection.isEmpty() ? "" : " (" + selection + ")"));
        lines.add(indent + "  at " + Texts.truncateMiddle(tree, Texts.WIDTH - indent.length() - 5) + ":");
        for (Map.Entry<String, List<String>> e : byFile().entrySet()) {
            List<String> tokens = new ArrayList<>();
            tokens.add(e.getKey() + ":");
            for (int i = 0; i < e.getValue().size(); i++) {
                tokens.add(e.getValue().get(i) + (i + 1 < e.getValue().size() ? "," : ""));
            }
            lines.addAll(Texts.wrap(tokens, indent + "  ", indent + "      ", Texts.WIDTH));
        }
        return lines;
    }
}
