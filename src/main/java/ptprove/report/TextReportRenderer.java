package ptprove.report;

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
 */
public final class TextReportRenderer implements ReportRenderer {

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

    private static final String INDENT = "  ";

    private final Style style;
    private final Detail detail;

    public TextReportRenderer(Style style, Detail detail) {
        this.style = style;
        this.detail = detail;
    }

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
        StringBuilder sb = new StringBuilder();
        append(sb, lines);
        // with NONE the CLI has already streamed diagnostics (to stderr) as well as outcomes
        if (detail != Detail.NONE) for (Diagnostic d : spec.diagnostics()) sb.append(DiagnosticFormatter.format(d));
        if (spec.outcomes().isEmpty()) return sb.toString();

        List<Outcome> detailed = spec.outcomes().stream()
                .filter(o -> detail == Detail.ALL || (detail == Detail.NOTEWORTHY && !o.verdict().isSuccess()))
                .toList();
        if (!detailed.isEmpty()) {
            OutcomeLineFormatter f = OutcomeLineFormatter.forObligations(
                    detailed.stream().map(Outcome::obligation).toList(), style);
            for (Outcome o : detailed) sb.append(f.format(o));
        }
        Set<RecordKey> marked = spec.differingKeys();
        for (List<Outcome> property : byProperty(spec.outcomes()).values()) {
            sb.append('\n');
            append(sb, VerdictGrid.render(property, marked, style));
        }
        if (spec.hasRecord() && !spec.comparison().changes().isEmpty()) {
            sb.append('\n');
            append(sb, changes(spec.comparison().changes()));
        }
        return sb.toString();
    }

    /** {@code specs/a.ptl: 72 obligations; proof record: 2 differences}, wrapped if the path is long. */
    private List<String> header(SpecReport spec) {
        String path = Texts.truncateMiddle(Texts.printable(spec.spec()), WIDTH - 1);
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
    private static Map<String, List<Outcome>> byProperty(List<Outcome> outcomes) {
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
        String cont = " ".repeat(INDENT.length() + 9);
        for (RecordChange c : changes) {
            if (!c.isDifference()) {
                notes.add(c);
                continue;
            }
            String what = switch (c.kind()) {
                case NEW -> "now " + VerdictWords.full(c.current());
                case GONE -> "was " + VerdictWords.full(c.recorded());
                default -> VerdictWords.full(c.recorded()) + " -> " + VerdictWords.full(c.current());
            };
            String head = INDENT + Texts.pad(c.kind().word(), 7) + "  " + c.key().kind().word() + " ";
            String name = Texts.truncateMiddle(c.key().name(), WIDTH - head.length() - 2 - what.length());
            lines.add(head + name + ": " + what);
            if (!c.key().config().entries().isEmpty()) {
                lines.addAll(OutcomeLineFormatter.configLines(c.key().config(), cont));
            }
        }
        if (!notes.isEmpty()) {
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
        }
        return lines;
    }

    /**
     * The closing summary, e.g. {@code 3 specs, 216 obligations: 180 proved, 4 REFUTED, 32 witnessed;
     * 2 differences from proof records; 150 from cache; 12.4 s; exit 1}, wrapped at 80 columns.
     */
    public String renderSummary(RunReport run) {
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
