package ptprove.report;

import static ptprove.report.Texts.INDENT;
import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;

/**
 * The verdicts of one theorem or example over its configurations, as a table a reviewer takes in at a glance:
 *
 * <pre>
 * theorem vmemmap_free_spares_vmalloc (line 30): 46 proved, 2 REFUTED
 *                        ERA ------------------------------------------------
 *   PAGE_SHIFT  VA_BITS  504      511      517      605      609      614
 *   12          39       proved   proved   proved   proved   proved   proved
 *   12          52       -        -        -        -        REFUTED  REFUTED
 * </pre>
 *
 * The rows and columns are those of the {@link PropertyGrid} model (shared with Markdown and HTML); a param
 * with one value in every configuration is printed once above the table. {@code -} marks a combination that is
 * no configuration. When the columns would pass 80 columns, or no param qualifies, it falls back to one row per
 * configuration. A cell whose obligation differs from the proof record is marked {@code *}; a failing verdict the
 * record expects (a documented refutation) is written in lower case ({@code refuted}), so upper case is news.
 */
final class VerdictGrid {
    private VerdictGrid() {}

    private static final String GAP = "  ";
    private static final String MARK = "*";

    /**
     * @param outcomes the outcomes of one property (same kind and name), in obligation order, not empty
     * @param marked   keys of obligations that differ from the proof record
     */
    static List<String> render(List<Outcome> outcomes, Set<RecordKey> marked, Style style) {
        return render(outcomes, marked, Set.of(), style);
    }

    /** @param expected keys of failing obligations whose verdict the proof record holds (shown in lower case) */
    static List<String> render(List<Outcome> outcomes, Set<RecordKey> marked, Set<RecordKey> expected, Style style) {
        PropertyGrid g = new PropertyGrid(outcomes, marked, expected);
        List<String> lines = new ArrayList<>(title(g));
        if (!g.consistent()) {
            lines.addAll(compact(g, name -> true, style));
            return finish(lines, g);
        }
        List<String> fixed = g.fixed();
        if (!fixed.isEmpty()) lines.addAll(Texts.wrap(fixed, INDENT + "fixed: ", INDENT + "       ", WIDTH));
        List<PropertyGrid.Param> varying = g.varying();
        PropertyGrid.Param axis = g.axis();
        List<String> body = null;
        if (axis != null) body = table(g, g.table(axis), style);
        if (body == null && !varying.isEmpty()) body = table(g, g.table(null), style);
        if (body == null) {
            body = compact(g, name -> varying.stream().anyMatch(p -> p.name().equals(name)), style);
        }
        lines.addAll(body);
        return finish(lines, g);
    }

    private static List<String> title(PropertyGrid g) {
        Obligation ob = g.first();
        String where = ob.span().isSynthetic() ? "" : " (line " + ob.span().line() + ")";
        List<String> counts = g.counts();
        String kind = ob.kind().word() + " ";
        String name = Texts.truncateMiddle(ob.name(), WIDTH - kind.length() - where.length() - 1);
        String head = kind + name + where + ":";
        String tail = String.join(", ", counts);
        if (head.length() + 1 + tail.length() <= WIDTH) return List.of(head + " " + tail);
        List<String> lines = new ArrayList<>();
        lines.add(head);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) tokens.add(counts.get(i) + (i + 1 < counts.size() ? "," : ""));
        lines.addAll(Texts.wrap(tokens, INDENT, INDENT, WIDTH));
        return lines;
    }

    /** The table as text, or {@code null} if it would not fit in 80 columns. */
    private static List<String> table(PropertyGrid g, PropertyGrid.Table t, Style style) {
        PropertyGrid.Param axis = t.axis();
        int cellWidth = VerdictWords.BRIEF_WIDTH;
        int columns = axis == null ? 1 : t.columns().size();
        for (String c : t.columns()) cellWidth = Math.max(cellWidth, c.length());
        int labelsWidth = INDENT.length();
        for (PropertyGrid.Param p : t.rowParams()) labelsWidth += p.width() + GAP.length();
        // A mark takes the first column of the gap after its cell, so only the last column may need one more.
        int total = labelsWidth + columns * cellWidth + (columns - 1) * GAP.length();
        if (total + (g.anyMarked() ? MARK.length() : 0) > WIDTH) return null;

        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder(INDENT);
        for (PropertyGrid.Param p : t.rowParams()) header.append(Texts.pad(p.name(), p.width())).append(GAP);
        if (axis != null) {
            String rule = " " + "-".repeat(Math.max(3, total - labelsWidth - axis.name().length() - 1));
            lines.add(" ".repeat(labelsWidth) + axis.name() + rule);
            for (String c : t.columns()) header.append(Texts.pad(c, cellWidth)).append(GAP);
        } else {
            header.append("verdict");
        }
        lines.add(header.toString());
        for (PropertyGrid.Row row : t.rows()) {
            StringBuilder line = new StringBuilder(INDENT);
            for (int i = 0; i < t.rowParams().size(); i++) {
                line.append(Texts.pad(row.labels().get(i), t.rowParams().get(i).width())).append(GAP);
            }
            for (Outcome o : row.cells()) {
                line.append(o == null ? Texts.pad("-", cellWidth) + GAP : cell(g, o, cellWidth, style));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Last resort: per configuration a cell and the {@code shown} params, wrapped. */
    private static List<String> compact(PropertyGrid g, Predicate<String> shown, Style style) {
        int cellWidth = VerdictWords.BRIEF_WIDTH;
        String indent = " ".repeat(INDENT.length() + cellWidth + GAP.length());
        List<String> lines = new ArrayList<>();
        for (Outcome o : g.outcomes()) {
            List<String> items = new ArrayList<>();
            for (Config.Entry e : o.obligation().config().entries()) {
                if (shown.test(e.name())) items.add(e.name() + "=" + e.valueText());
            }
            List<String> wrapped = Texts.wrap(items, indent, indent, WIDTH);
            lines.add(INDENT + cell(g, o, cellWidth, style) + wrapped.get(0).substring(indent.length()));
            lines.addAll(wrapped.subList(1, wrapped.size()));
        }
        return lines;
    }

    /** The cell, its mark right after the word, padded to {@code width} plus the gap (a mark may use the gap). */
    private static String cell(PropertyGrid g, Outcome o, int width, Style style) {
        String word = VerdictWords.brief(o.verdict());
        if (g.isExpected(o)) word = word.toLowerCase(java.util.Locale.ROOT);
        String mark = g.isMarked(o) ? MARK : "";
        int padding = Math.max(1, width + GAP.length() - word.length() - mark.length());
        return style.verdict(o.verdict(), word) + mark + " ".repeat(padding);
    }

    private static List<String> finish(List<String> lines, PropertyGrid g) {
        List<String> out = new ArrayList<>(lines.size() + 1);
        for (String l : lines) out.add(l.stripTrailing());
        if (g.anyMarked()) out.add(INDENT + MARK + " differs from the proof record");
        if (g.anyExpected()) out.add(INDENT + "lower case: as the proof record expects (a documented failure)");
        return out;
    }
}
