package ptprove.cli;

import java.util.EnumMap;
import java.util.Map;
import ptprove.report.HtmlReportRenderer;
import ptprove.report.JsonReportRenderer;
import ptprove.report.JunitReportRenderer;
import ptprove.report.MarkdownReportRenderer;
import ptprove.report.ReportRenderer;
import ptprove.report.AttentionTextRenderer;
import ptprove.report.SarifReportRenderer;
import ptprove.report.Style;
import ptprove.report.TextReportRenderer;

/** The report renderer of each output format, as {@code check} and {@code render} configure them. */
final class Renderers {
    private Renderers() {}

    /** The formats of a run's report (the layout command uses text and json). */
    enum Format { text, json, markdown, html, sarif, junit }

    /** How text is detailed: verbose text is TextReportRenderer's full sections, else the review form. */
    enum Text { QUIET, DEFAULT, VERBOSE }

    /**
     * @param verboseText the renderer for {@link Text#VERBOSE} text (check streams its outcomes already, so it
     *                    asks for less detail than render does)
     */
    static Map<Format, ReportRenderer> of(Style style, Text text, TextReportRenderer.Detail verboseText,
                                          boolean times, boolean allCounterexamples, boolean changesOnly) {
        Map<Format, ReportRenderer> m = new EnumMap<>(Format.class);
        m.put(Format.text, text == Text.VERBOSE ? new TextReportRenderer(style, verboseText)
                : new AttentionTextRenderer(style, text == Text.QUIET));
        m.put(Format.json, new JsonReportRenderer(times, allCounterexamples, changesOnly));
        m.put(Format.markdown, new MarkdownReportRenderer(times));
        m.put(Format.html, new HtmlReportRenderer(times));
        m.put(Format.sarif, new SarifReportRenderer());
        m.put(Format.junit, new JunitReportRenderer(times));
        return m;
    }
}
