package ptprove.report;

import static ptprove.report.Texts.INDENT;
import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.ir.Obligation;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/**
 * The plain-text report of a run, for terminals, CI logs and e-mail. Per spec: a header line; its diagnostics
 * (compiler-style, via {@link DiagnosticFormatter}) or the outcome lines chosen by {@link Detail}, a
 * {@link VerdictGrid} per theorem and example, and the changes against its proof record. Then one summary.
 * Every line the renderer composes fits in 80 columns; diagnostics quote source lines as they are.
 *
 * @param style  colour and whether durations are printed
 * @param detail which outcomes get their own lines besides the grids
 */
public record TextReportRenderer(Style style, Detail detail) implements ReportRenderer {

    /** Which outcomes get their own lines (with model values) besides the grids. */
    public enum Detail {
        /** Every outcome. */
        ALL,
        /** Outcomes that are neither proved nor witnessed: what a reader has to look at. */
        NOTEWORTHY,
        /** None: the CLI already streamed them, and the diagnostics too. */
        NONE
    }

    /** At most this many fingerprint changes are listed by name; the rest are counted. */
    static final int MAX_FINGERPRINT_NOTES = 5;

    /** The whole report: every spec's section, a blank line between sections, then the summary. */
    @Override
    public String render(RunReport run) {
        StringBuilder sb = new StringBuilder();
        for (SpecReport spec : run.specs()) sb.append(renderSpec(spec)).append('\n');
        sb.append(renderSummary(run));
        return sb.toString();
    }

    /** One spec's section, ending in a newline. */
    public String renderSpec(SpecReport spec) {
        List<String> lines = new ArrayList<>(header(spec));
        if (spec.kernel() != null) lines.addAll(spec.kernel().textLines(INDENT));
        StringBuilder sb = new StringBuilder();
        append(sb, lines);
        // with NONE the CLI has already streamed diagnostics (to stderr) as well as outcomes
        if (detail != Detail.NONE) for (Diagnostic d : spec.diagnostics()) sb.append(DiagnosticFormatter.format(d));
        if (spec.outcomes().isEmpty()) return sb.toString();

        List<Outcome> detailed = spec.outcomes().stream()
                .filter(o -> detail == Detail.ALL || (detail == Detail.NOTEWORTHY && !o.verdict().isSuccess()))
                .toList();
        if (!detailed.isEmpty()) {
            OutcomeLineFormatter f = OutcomeLineFormatter.forOutcomes(detailed, style);
            for (Outcome o : detailed) sb.append(f.format(o));
        }
        Attention attention = new Attention(spec);
        Set<RecordKey> expected = attention.expectedKeys();
        for (List<Outcome> property : byProperty(spec.outcomes()).values()) {
            sb.append('\n');
            append(sb, VerdictGrid.render(property, attention.differences(), expected, style));
        }
        if (spec.hasRecord() && !spec.comparison().changes().isEmpty()) {
            sb.append('\n');
            append(sb, changes(spec.comparison().changes()));
        }
        return sb.toString();
    }

    /** {@code specs/a.ptl: 72 obligations; proof record: 2 differences}, wrapped if the path is long. */
    private List<String> header(SpecReport spec) {
        String path = path(spec);
        List<String> tokens = new ArrayList<>(Texts.words(headline(spec)));
        List<String> lines = new ArrayList<>();
        if (path.length() + 2 + String.join(" ", tokens).length() <= WIDTH) {
            lines.add(style.bold(path + ":") + " " + String.join(" ", tokens));
        } else {
            lines.add(style.bold(path + ":"));
            lines.addAll(Texts.wrap(tokens, INDENT, INDENT, WIDTH));
        }
        return lines;
    }

    /** The spec's path as a text report heads its lines with it: printable, cut to leave room for a colon. */
    static String path(SpecReport spec) {
        return Texts.truncateMiddle(Texts.printable(spec.spec()), WIDTH - 1);
    }

    /** {@code 64 obligations; no proof record}: a spec's state in one phrase, shared by every text-like format. */
    static String headline(SpecReport spec) {
        List<String> parts = new ArrayList<>();
        if (spec.hasErrors()) {
            parts.add(Texts.plural(spec.diagnostics().stream().filter(Diagnostic::isError).count(), "error"));
        } else {
            parts.add(Texts.plural(spec.outcomes().size(), "obligation"));
            if (!spec.hasRecord()) parts.add("no proof record");
            else {
                int n = spec.comparison().differences().size();
                parts.add(n == 0 ? "matches its proof record" : Texts.plural(n, "difference") + " from its proof record");
            }
        }
        return String.join("; ", parts);
    }

    /** Outcomes grouped by property (kind and name), in order of each property's first obligation. */
    static Map<String, List<Outcome>> byProperty(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            Obligation ob = o.obligation();
            groups.computeIfAbsent(ob.kind().word() + " " + ob.name(), k -> new ArrayList<>()).add(o);
        }
        return groups;
    }

    /**
     * <pre>
     * changes against the proof record:
     *   flipped  theorem vmemmap_free_spares_vmalloc: proved -> REFUTED
     *            ERA=511 PAGE_SHIFT=12 VA_BITS=48
     *   note: 3 fingerprints changed, verdicts unchanged (the spec or the lowering changed)
     * </pre>
     */
    static List<String> changes(List<RecordChange> changes) {
        List<String> lines = new ArrayList<>();
        List<RecordChange> notes = new ArrayList<>();
        lines.add("changes against the proof record:");
        for (RecordChange c : changes) {
            if (c.isDifference()) lines.addAll(changeLines(c, null));
            else notes.add(c);
        }
        lines.addAll(fingerprintNotes(notes));
        return lines;
    }

    /** Where a change's configuration and details start. */
    static final String CHANGE_DETAIL = " ".repeat(INDENT.length() + 9);

    /**
     * {@code   flipped  theorem NAME (line 21): proved -> REFUTED} and the configuration below it; {@code line}
     * is the property's line, or null to leave it out.
     */
    static List<String> changeLines(RecordChange c, Integer line) {
        List<String> lines = new ArrayList<>();
        String what = switch (c.kind()) {
            case NEW -> "now " + VerdictWords.full(c.current());
            case GONE -> "was " + VerdictWords.full(c.recorded());
            default -> VerdictWords.full(c.recorded()) + " -> " + VerdictWords.full(c.current());
        };
        if (line != null) what = "(line " + line + "): " + what;
        else what = ": " + what;
        String head = INDENT + Texts.pad(c.kind().word(), 7) + "  " + c.key().kind().word() + " ";
        String name = Texts.truncateMiddle(c.key().name(), WIDTH - head.length() - 1 - what.length());
        lines.add(head + name + (what.startsWith(":") ? "" : " ") + what);
        if (!c.key().config().entries().isEmpty()) {
            lines.addAll(OutcomeLineFormatter.configLines(c.key().config(), CHANGE_DETAIL));
        }
        return lines;
    }

    /** The changed fingerprints (same verdicts), the first {@value #MAX_FINGERPRINT_NOTES} by name. */
    static List<String> fingerprintNotes(List<RecordChange> notes) {
        List<String> lines = new ArrayList<>();
        if (notes.isEmpty()) return lines;
        lines.add(INDENT + "note: " + Texts.plural(notes.size(), "fingerprint") + " changed, verdicts unchanged");
        lines.add(INDENT + "      (the spec or its lowering changed; re-record to update):");
        for (RecordChange c : notes.subList(0, Math.min(notes.size(), MAX_FINGERPRINT_NOTES))) {
            List<String> tokens = new ArrayList<>();
            tokens.add(c.key().kind().word());
            tokens.add(c.key().name());
            tokens.addAll(Texts.words("[" + c.key().config() + "]"));
            lines.addAll(Texts.wrap(tokens, INDENT + "      ", INDENT + "        ", WIDTH));
        }
        if (notes.size() > MAX_FINGERPRINT_NOTES) {
            lines.add(INDENT + "      and " + (notes.size() - MAX_FINGERPRINT_NOTES) + " more");
        }
        return lines;
    }

    /**
     * The closing summary, e.g. {@code 3 specs, 216 obligations: 180 proved, 4 REFUTED, 32 witnessed;
     * 2 differences from proof records; 150 from cache; 12.4 s; exit 1}, wrapped at 80 columns.
     */
    public String renderSummary(RunReport run) {
        return summary(run, style);
    }

    /** {@link #renderSummary} in {@code style}: the summary that closes every text-like format. */
    static String summary(RunReport run, Style style) {
        RunSummary s = RunSummary.of(run);
        // Tokens keep a number with its word, so wrapping never strands "s;" at the start of a line.
        List<String> tokens = new ArrayList<>();
        tokens.add(Texts.plural(s.specs(), "spec") + ",");
        tokens.add(Texts.plural(s.obligations(), "obligation"));
        List<String> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            if (s.count(v) > 0) counts.add(s.count(v) + " " + VerdictWords.full(v));
        }
        if (!counts.isEmpty()) {
            tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + ":");
            for (int i = 0; i < counts.size(); i++) tokens.add(counts.get(i) + (i + 1 < counts.size() ? "," : ""));
        }
        List<String> clauses = new ArrayList<>();
        if (s.specsWithErrors() > 0) clauses.add(Texts.plural(s.specsWithErrors(), "spec") + " with errors");
        if (s.specsWithRecord() > 0) {
            String d = Texts.plural(s.differences(), "difference") + " from proof records";
            if (s.fingerprintChanges() > 0) d += " (" + Texts.plural(s.fingerprintChanges(), "fingerprint") + " changed)";
            clauses.add(d);
        }
        if (s.shard() != null) clauses.add("shard " + s.shard());
        // how the run went, not what it found: left out with the timings so --no-timing output stays identical
        if (s.fromCache() != null && style.timings()) clauses.add(s.fromCache() + " from cache");
        String time = style.timings() ? Formats.duration(s.millis()) : "";
        if (!time.isEmpty()) clauses.add(time);
        clauses.add("exit " + s.exitStatus().code());
        for (String clause : clauses) {
            tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + ";");
            tokens.add(clause);
        }
        List<String> lines = new ArrayList<>(Texts.wrap(tokens, "", INDENT, WIDTH));
        String whatIf = run.tool().options().get("set");
        if (whatIf != null) {
            lines.addAll(Texts.wrap(Texts.words("what if: --set " + Texts.printable(whatIf)
                    + " (the spec's lets redefined for this run; not recorded)"), "", INDENT, WIDTH));
        }
        if (s.count(Verdict.ERROR) > 0) {
            lines.add("an error verdict is a bug in ptprove: please report it with this output");
        }
        StringBuilder sb = new StringBuilder();
        append(sb, lines);
        return sb.toString();
    }

    private static void append(StringBuilder sb, List<String> lines) {
        for (String l : lines) sb.append(l).append('\n');
    }
}
