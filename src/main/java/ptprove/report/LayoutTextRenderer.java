package ptprove.report;

import static ptprove.report.Texts.INDENT;
import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link LayoutReport} as text: per configuration a header, the regions sorted by start address with their
 * sizes, any overlaps, then the constants. Every line fits in 80 columns:
 *
 * <pre>
 * ERA=517 PAGE_SHIFT=12 VA_BITS=48
 *   region   start               end                 size
 *   linear   0xffff000000000000  0xffff800000000000  128 TiB
 *   modules  0xffff800000000000  0xffff800008000000  128 MiB
 *   vmalloc  0xffff800008000000  0xfffffbfff0000000  ~124.0 TiB
 *   vmemmap  0xfffffc0000000000  0xfffffe0000000000  2 TiB
 *   constants:
 *   PAGE_SHIFT   0xc (12)
 *   PAGE_OFFSET  0xffff000000000000
 * </pre>
 */
public final class LayoutTextRenderer {
    private static final String GAP = "  ";
    /** Width of a 64-bit hex value, 0x and 16 digits (the constants column assumes the widest). */
    private static final int HEX = 18;
    private static final String PERMANENT = "*";
    /** Constants below this also print in decimal: shifts, level counts, small sizes. */
    private static final long DECIMAL_BELOW = 1L << 20;

    private final boolean sharing;
    private final boolean containment;

    /** The plain layout: regions, partial overlaps, constants. */
    public LayoutTextRenderer() {
        this(false, false);
    }

    /**
     * @param sharing     also list the table pages two regions share ({@link TableSharing})
     * @param containment also note each region that lies within another (the kernel half holds them all)
     */
    public LayoutTextRenderer(boolean sharing, boolean containment) {
        this.sharing = sharing;
        this.containment = containment;
    }

    public String render(LayoutReport report) {
        List<String> lines = new ArrayList<>();
        String count = Texts.plural(report.layouts().size(), "configuration");
        lines.addAll(Texts.wrap(List.of("layout of", Texts.printable(report.spec()) + ":", count), "", INDENT, WIDTH));
        for (LayoutReport.Layout layout : report.layouts()) {
            lines.add("");
            lines.addAll(layout(report, layout));
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l.stripTrailing()).append('\n');
        return sb.toString();
    }

    private List<String> layout(LayoutReport report, LayoutReport.Layout layout) {
        List<String> lines = new ArrayList<>();
        if (layout.config().entries().isEmpty()) lines.add("(no params)");
        else lines.addAll(OutcomeLineFormatter.configLines(layout.config(), ""));
        if (!layout.regions().isEmpty()) lines.addAll(regions(report, layout.regions()));
        if (sharing) lines.addAll(sharing(layout, report.width()));
        if (!layout.constants().isEmpty()) lines.addAll(constants(layout.constants()));
        if (!layout.ranged().isEmpty()) {
            lines.addAll(ranged(report, layout.ranged()));
        } else if (!layout.symbolic().isEmpty()) {
            List<String> words = new ArrayList<>(List.of("depend", "on", "a", "var", "(no", "single", "value"
                    + (layout.rangeProblem() == null ? ";" : "):")));
            if (layout.rangeProblem() == null) words.addAll(List.of("--ranges", "bounds", "them):"));
            for (int i = 0; i < layout.symbolic().size(); i++) {
                String name = Texts.printable(layout.symbolic().get(i));
                words.add(i + 1 < layout.symbolic().size() ? name + "," : name);
            }
            lines.addAll(Texts.wrap(words, INDENT, INDENT + "  ", WIDTH));
            if (layout.rangeProblem() != null) {
                lines.addAll(Texts.wrap(Texts.words("no ranges: " + Texts.printable(layout.rangeProblem())),
                        INDENT + "  ", INDENT + "    ", WIDTH));
            }
        }
        return lines;
    }

    /**
     * The lets and region bounds that depend on a var, each from its least to its greatest value:
     * <pre>
     *   depend on a var (least .. greatest value over the vars' where-clauses):
     *   vmalloc_base      0xffffc90000000000 .. 0xffffe2ffc0000000
     *   vmalloc start     0xffffc90000000000 .. 0xffffe2ffc0000000
     * </pre>
     */
    private static List<String> ranged(LayoutReport report, List<LayoutReport.Ranged> ranged) {
        List<String[]> rows = new ArrayList<>();
        for (LayoutReport.Ranged r : ranged) {
            String name = Texts.printable(r.name());
            if (r.isRegion()) {
                rows.add(new String[] {name + " start", bounds(r.value(), report.width())});
                rows.add(new String[] {name + " end", bounds(r.end(), report.width())});
            } else {
                rows.add(new String[] {name, bounds(r.value(), report.width())});
            }
        }
        int room = WIDTH - INDENT.length() - GAP.length() - rows.get(0)[1].length();
        int nameWidth = Math.min(room, rows.stream().mapToInt(r -> r[0].length()).max().orElse(0));
        List<String> lines = new ArrayList<>();
        lines.add(INDENT + "depend on a var (least .. greatest value over the vars' where-clauses):");
        for (String[] r : rows) {
            lines.add(INDENT + Texts.pad(Texts.truncateMiddle(r[0], nameWidth), nameWidth) + GAP + r[1]);
        }
        return lines;
    }

    /**
     * The regions {@code --sharing} cannot place: their bounds depend on a var, so which table pages they share
     * depends on its value (the theorems over the spec answer for every value).
     */
    private static List<String> notExamined(LayoutReport.Layout layout) {
        if (layout.symbolicRegions().isEmpty() || layout.tables().isEmpty()) return List.of();
        List<String> names = layout.symbolic().stream().filter(layout.symbolicRegions()::contains).toList();
        List<String> words = new ArrayList<>(Texts.words("not examined (their bounds depend on a var; the spec's"
                + " theorems cover every value):"));
        for (int i = 0; i < names.size(); i++) words.add(names.get(i) + (i + 1 < names.size() ? "," : ""));
        return Texts.wrap(words, INDENT, INDENT + "  ", WIDTH);
    }

    private static String bounds(LayoutReport.Bounds b, int width) {
        return Formats.hexFull(b.min(), width) + " .. " + Formats.hexFull(b.max(), width);
    }

    private List<String> regions(LayoutReport report, List<LayoutReport.Region> regions) {
        List<LayoutReport.Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(LayoutReport.Region::start, Long::compareUnsigned)
                .thenComparing(LayoutReport.Region::end, Long::compareUnsigned));
        List<String> sizes = new ArrayList<>();
        int sizeWidth = "size".length();
        boolean anyPermanent = false;
        int nameWidth = "region".length();
        for (LayoutReport.Region r : sorted) {
            String size = r.isInverted() ? "inverted" : Formats.size(report.size(r));
            sizes.add(size);
            sizeWidth = Math.max(sizeWidth, size.length());
            anyPermanent |= r.permanent();
            nameWidth = Math.max(nameWidth, r.name().length() + (r.permanent() ? PERMANENT.length() : 0));
        }
        int hex = Formats.hexFull(0, report.width()).length();
        int room = WIDTH - INDENT.length() - 3 * GAP.length() - 2 * hex - sizeWidth;
        nameWidth = Math.min(nameWidth, room);

        List<String> lines = new ArrayList<>();
        lines.add(INDENT + Texts.pad("region", nameWidth) + GAP + Texts.pad("start", hex) + GAP
                + Texts.pad("end", hex) + GAP + "size");
        for (int i = 0; i < sorted.size(); i++) {
            LayoutReport.Region r = sorted.get(i);
            String mark = r.permanent() ? PERMANENT : "";
            String name = Texts.truncateMiddle(r.name(), nameWidth - mark.length()) + mark;
            lines.add(INDENT + Texts.pad(name, nameWidth) + GAP + Formats.hexFull(r.start(), report.width()) + GAP
                    + Formats.hexFull(r.end(), report.width()) + GAP + sizes.get(i));
        }
        if (anyPermanent) lines.add(INDENT + PERMANENT + " permanently mapped");
        lines.addAll(overlaps(sorted));
        return lines;
    }

    /**
     * Regions that overlap without one containing the other, which a reviewer of a layout wants pointed out; a
     * region within another only when asked (an empty region overlaps nothing).
     */
    private List<String> overlaps(List<LayoutReport.Region> sorted) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LayoutReport.Region a = sorted.get(i);
            if (a.isInverted() || a.size() == 0) continue;
            for (int j = i + 1; j < sorted.size(); j++) {
                LayoutReport.Region b = sorted.get(j);
                if (b.isInverted() || b.size() == 0) continue;
                // sorted by start, so b starts at or after a: they overlap when b starts before a ends
                boolean overlap = a.end() == 0 || Long.compareUnsigned(b.start(), a.end()) < 0;
                boolean within = a.end() == 0 || b.end() != 0 && Long.compareUnsigned(b.end(), a.end()) <= 0;
                if (overlap && within && containment) {
                    lines.addAll(Texts.wrap(List.of("note:", b.name(), "lies", "within", a.name()),
                            INDENT, INDENT + "      ", WIDTH));
                } else if (overlap && !within) {
                    lines.addAll(Texts.wrap(List.of("note:", a.name(), "and", b.name(), "overlap"),
                            INDENT, INDENT + "      ", WIDTH));
                }
            }
        }
        return lines;
    }

    /**
     * <pre>
     *   table pages shared by regions (the entry above the page, the span it maps):
     *   pgd[507]  [0xfffffd8000000000, 0xfffffe0000000000)  vmalloc, vmemmap
     * </pre>
     */
    private static List<String> sharing(LayoutReport.Layout layout, int width) {
        List<TableSharing.Shared> shared = TableSharing.of(layout, width);
        List<String> lines = new ArrayList<>();
        if (shared.isEmpty()) {
            lines.add(INDENT + (layout.tables().isEmpty() ? "no pagetable: no table sharing to show"
                    : "no table page is shared by two regions"
                            + (layout.symbolicRegions().isEmpty() ? "" : " with constant bounds")));
            lines.addAll(notExamined(layout));
            return lines;
        }
        lines.add(INDENT + "table pages shared by regions (the entry above the page, the span it maps):");
        int pathWidth = 0;
        for (TableSharing.Shared s : shared) pathWidth = Math.max(pathWidth, s.indexPath().length());
        boolean several = layout.tables().size() > 1;
        for (TableSharing.Shared s : shared) {
            String path = (several ? s.table() + ": " : "") + Texts.pad(s.indexPath(), pathWidth);
            String span = "[" + Formats.hexFull(s.start(), width) + ", " + Formats.hexFull(s.end(), width) + ")";
            List<String> tokens = new ArrayList<>(List.of(path, span));
            for (int i = 0; i < s.regions().size(); i++) {
                tokens.add(s.regions().get(i) + (i + 1 < s.regions().size() ? "," : ""));
            }
            lines.addAll(Texts.wrap(tokens, INDENT, INDENT + "    ", WIDTH));
        }
        lines.addAll(notExamined(layout));
        return lines;
    }

    private static List<String> constants(List<LayoutReport.Constant> constants) {
        int width = 0;
        for (LayoutReport.Constant c : constants) width = Math.max(width, c.name().length());
        int room = WIDTH - INDENT.length() - GAP.length() - HEX;
        width = Math.min(width, room);
        List<String> lines = new ArrayList<>();
        lines.add(INDENT + "constants:");
        for (LayoutReport.Constant c : constants) {
            String value = Formats.hex(c.value());
            if (Long.compareUnsigned(c.value(), 10) >= 0 && Long.compareUnsigned(c.value(), DECIMAL_BELOW) < 0) {
                String withDecimal = value + " (" + c.value() + ")";
                if (INDENT.length() + width + GAP.length() + withDecimal.length() <= WIDTH) value = withDecimal;
            }
            lines.add(INDENT + Texts.pad(Texts.truncateMiddle(c.name(), width), width) + GAP + value);
        }
        return lines;
    }
}
