package ptprove.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ptprove.result.Replay;

/**
 * A drawing of the part of the address space a counterexample is about, as inline SVG: one lane per range — the
 * removed range [start, end), the freed table's span, the sub-range the walk visited it with — and a marker for
 * the other region's address that uses the same table. Below the lanes an axis with a tick at every address of
 * interest, each labelled with its hex value and what it is.
 *
 * <p>The scale is piecewise: the addresses of interest, sorted, cut the axis into segments whose widths grow with
 * the logarithm of their size, so a 4 KiB walk next to a 512 GiB table span stays visible. The drawing says so.
 * Ranges are half-open; an end of {@code 0x0} after a non-zero start is the top of the address space (2^64).
 * Spec-provided text (the region name, the index path) is escaped with {@link HtmlReportRenderer#escape}.
 */
final class AddressSpaceSvg {
    private AddressSpaceSvg() {}

    static final String NS = "http://www.w3.org/2000/svg";
    private static final BigInteger TOP = BigInteger.ONE.shiftLeft(64);

    private static final int WIDTH = 960;
    private static final int LANE_LABEL = 200;
    private static final int X0 = LANE_LABEL + 20;
    private static final int X1 = WIDTH - 20;
    private static final int LANE_TOP = 30;
    private static final int LANE = 26;
    private static final int ROW = 15;

    /** A lane: a range (from &lt; to) or, with {@code to == null}, a single address. */
    private record Lane(String label, String css, BigInteger from, BigInteger to) {}

    /**
     * The drawing for one finding, or for the removed range alone when {@code finding} is null; {@code start} and
     * {@code end} may be null when the model has no such values. Returns an empty string when there is nothing to
     * draw.
     */
    static String render(Long start, Long end, Replay.Finding finding) {
        List<Lane> lanes = new ArrayList<>();
        if (start != null && end != null) {
            lanes.add(new Lane("removed [start, end)", "removed", u(start), endOf(start, end)));
        }
        if (finding != null) {
            lanes.add(new Lane("freed " + finding.level() + " table: " + finding.indexPath(), "table",
                    u(finding.tableStart()), endOf(finding.tableStart(), finding.tableEnd())));
            lanes.add(new Lane("walk", "walk", u(finding.walkStart()), endOf(finding.walkStart(), finding.walkEnd())));
            if (finding.otherAddress() != null) {
                String region = finding.region() == null ? "other" : finding.region();
                lanes.add(new Lane(region + " address", "other", u(finding.otherAddress()), null));
            }
        }
        if (lanes.isEmpty()) return "";

        // Every address of interest, with what it is; sorted unsigned (BigInteger, so 2^64 sorts last).
        Map<BigInteger, List<String>> points = new TreeMap<>();
        for (Lane l : lanes) {
            if (l.to() == null) {
                points.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.label());
            } else {
                String what = switch (l.css()) {
                    case "removed" -> "start|end";
                    case "table" -> "table start|table end";
                    default -> "walk start|walk end";
                };
                String[] ends = what.split("\\|");
                points.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(ends[0]);
                points.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(ends[1]);
            }
        }
        Map<BigInteger, Double> x = scale(new ArrayList<>(points.keySet()));

        int axisY = LANE_TOP + lanes.size() * LANE + 4;
        int labelsTop = axisY + 34;
        int height = labelsTop + points.size() * ROW + 8;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"").append(NS).append("\" class=\"space\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\">\n");
        sb.append("<title>").append(HtmlReportRenderer.escape(title(lanes))).append("</title>\n");
        sb.append("<text class=\"note\" x=\"").append(X0).append("\" y=\"16\">address space, not to scale:"
                + " each segment between marks is as wide as the logarithm of its size</text>\n");
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            int y = LANE_TOP + i * LANE;
            sb.append("<text class=\"lane\" x=\"").append(LANE_LABEL).append("\" y=\"").append(y + 13)
                    .append("\" text-anchor=\"end\">").append(HtmlReportRenderer.escape(shorten(l.label(), 34)))
                    .append("</text>\n");
            double from = x.get(l.from());
            if (l.to() == null) {
                sb.append(String.format(Locale.ROOT, "<path class=\"%s\" fill=\"%s\" d=\"M %.1f %d l -6 -8 h 12 z\"/>%n",
                        l.css(), fill(l.css()), from, y + 16));
                sb.append(line(l.css(), fill(l.css()), from, y + 16, axisY));
            } else {
                double to = x.get(l.to());
                sb.append(String.format(Locale.ROOT,
                        "<rect class=\"%s\" fill=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\"/>%n",
                        l.css(), fill(l.css()), Math.min(from, to), y, Math.max(2, Math.abs(to - from))));
            }
        }
        // the axis, segment sizes under it, a tick per point, and a labelled leader line per point
        sb.append("<line class=\"axis\" stroke=\"#222\" x1=\"").append(X0 - 10).append("\" y1=\"").append(axisY)
                .append("\" x2=\"").append(X1 + 10).append("\" y2=\"").append(axisY).append("\"/>\n");
        List<BigInteger> sorted = new ArrayList<>(points.keySet());
        for (int i = 0; i + 1 < sorted.size(); i++) {
            double a = x.get(sorted.get(i)), b = x.get(sorted.get(i + 1));
            if (b - a < 64) continue;
            sb.append(String.format(Locale.ROOT, "<text class=\"size\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s"
                    + "</text>%n", (a + b) / 2, axisY + 13, size(sorted.get(i + 1).subtract(sorted.get(i)))));
        }
        // Label rows: left-half points from the centre outwards, then right-half points from the centre outwards,
        // so a leader line never runs through the text of a row above it in its own half.
        double mid = (X0 + X1) / 2.0;
        List<Map.Entry<BigInteger, List<String>>> order = new ArrayList<>();
        List<Map.Entry<BigInteger, List<String>>> all = new ArrayList<>(points.entrySet());
        for (int i = all.size() - 1; i >= 0; i--) if (x.get(all.get(i).getKey()) <= mid) order.add(all.get(i));
        for (Map.Entry<BigInteger, List<String>> p : all) if (x.get(p.getKey()) > mid) order.add(p);
        // labels after every line, with a white halo (CSS), so no leader line is drawn over a label
        StringBuilder marks = new StringBuilder();
        int row = 0;
        for (Map.Entry<BigInteger, List<String>> p : order) {
            double px = x.get(p.getKey());
            int ly = labelsTop + row * ROW;
            sb.append(line("tick", "#222", px, axisY - 4, axisY + 4));
            sb.append(line("leader", "#999", px, axisY + 4, ly - 4));
            boolean right = px > mid;
            String label = hex(p.getKey()) + "  " + String.join(", ", p.getValue());
            marks.append(String.format(Locale.ROOT, "<text class=\"mark\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">",
                    right ? px - 3 : px + 3, ly + 4, right ? "end" : "start"))
                    .append(HtmlReportRenderer.escape(label)).append("</text>\n");
            row++;
        }
        sb.append(marks).append("</svg>\n");
        return sb.toString();
    }

    /**
     * Positions of the sorted points: segment {@code i} gets a share of the width proportional to
     * {@code 4 + log2(size)}, so no segment is narrower than about a twentieth of the widest.
     */
    static Map<BigInteger, Double> scale(List<BigInteger> sorted) {
        Map<BigInteger, Double> x = new LinkedHashMap<>();
        if (sorted.size() == 1) {
            x.put(sorted.get(0), (X0 + X1) / 2.0);
            return x;
        }
        double[] weights = new double[sorted.size() - 1];
        double total = 0;
        for (int i = 0; i + 1 < sorted.size(); i++) {
            weights[i] = 4 + sorted.get(i + 1).subtract(sorted.get(i)).bitLength();
            total += weights[i];
        }
        double at = X0;
        x.put(sorted.get(0), at);
        for (int i = 0; i < weights.length; i++) {
            at += (X1 - X0) * weights[i] / total;
            x.put(sorted.get(i + 1), at);
        }
        return x;
    }

    /** A vertical line at {@code x}. */
    private static String line(String css, String stroke, double x, int y1, int y2) {
        return String.format(Locale.ROOT, "<line class=\"%s\" stroke=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>%n",
                css, stroke, x, y1, x, y2);
    }

    /** Colours as presentation attributes too, so the drawing keeps them when copied out of the page. */
    private static String fill(String css) {
        return switch (css) {
            case "removed" -> "#c62828";
            case "table" -> "#1565c0";
            case "walk" -> "#ef6c00";
            default -> "#2e7d32";
        };
    }

    private static String title(List<Lane> lanes) {
        List<String> parts = new ArrayList<>();
        for (Lane l : lanes) {
            parts.add(l.label() + (l.to() == null ? " " + hex(l.from()) : " [" + hex(l.from()) + ", " + hex(l.to()) + ")"));
        }
        return String.join("; ", parts);
    }

    private static String shorten(String s, int max) {
        return Texts.truncateMiddle(Texts.printable(s), max);
    }

    private static BigInteger u(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    /** The exclusive end of [start, end): an end at or below a start is the wrap to 2^64 (0x0). */
    private static BigInteger endOf(long start, long end) {
        return end == 0 && start != 0 ? TOP : u(end);
    }

    static String hex(BigInteger v) {
        return v.equals(TOP) ? "0x0 (2^64, the top)" : Formats.hex(v.longValue());
    }

    private static String size(BigInteger bytes) {
        return bytes.equals(TOP) ? "16 EiB" : Formats.size(bytes.longValue());
    }
}
