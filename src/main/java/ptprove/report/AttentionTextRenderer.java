package ptprove.report;

import static ptprove.report.Texts.INDENT;
import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;

/**
 * The default text report of {@code check}: quiet when green, changes first. Per spec one line with its counts
 * (failures the proof record expects in lower case, news in upper case) and the state of its record; below it,
 * a {@link VerdictGrid} only for a theorem or example that needs attention ({@link Attention}). Then
 * <b>Changes from proof records</b>: every new, flipped and gone obligation with its counterexample in kernel
 * terms and its replay; then <b>Needs attention</b>: unknown, vacuous and error verdicts, rejected replays and the
 * failures of specs without a record, with their details; then the summary. Quiet leaves out the spec lines and
 * grids. Every line fits in 80 columns (as {@link TextReportRenderer}'s, whose pieces it shares).
 *
 * @param style colour and whether durations are printed
 * @param quiet only the changes, what needs attention and the summary
 */
public record AttentionTextRenderer(Style style, boolean quiet) implements ReportRenderer {
    @Override
    public String render(RunReport run) {
        List<String> lines = new ArrayList<>();
        if (!quiet) for (SpecReport spec : run.specs()) lines.addAll(specLines(spec));
        section(lines, "Changes from proof records:", changes(run));
        section(lines, "Needs attention:", attention(run));
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) sb.append('\n');
        return sb + TextReportRenderer.summary(run, style);
    }

    private static void section(List<String> lines, String title, List<String> body) {
        if (body.isEmpty()) return;
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) lines.add("");
        lines.add(title);
        lines.addAll(body);
    }

    /** The spec's line, then the grid of each property that needs attention (blank lines around grids). */
    List<String> specLines(SpecReport spec) {
        List<String> lines = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        String path = TextReportRenderer.path(spec) + ":";
        tokens.add(path);
        tokens.addAll(state(spec));
        List<String> wrapped = Texts.wrap(tokens, "", INDENT, WIDTH);
        lines.add(style.bold(path) + wrapped.get(0).substring(path.length())); // colour after the column arithmetic
        lines.addAll(wrapped.subList(1, wrapped.size()));
        // check --kernel: the verdicts are about the tree, so say which values came from which kernel file
        if (spec.kernel() != null) lines.addAll(spec.kernel().textLines(INDENT));
        Attention attention = new Attention(spec);
        boolean grids = false;
        for (List<Outcome> property : TextReportRenderer.byProperty(spec.outcomes()).values()) {
            if (property.stream().noneMatch(attention::needs)) continue;
            lines.add("");
            lines.addAll(VerdictGrid.render(property, attention.differences(), attention.expectedKeys(), style));
            grids = true;
        }
        if (grids) lines.add("");
        return lines;
    }

    /**
     * {@code 278 proved, 86 refuted, 22 witnessed; matches its proof record} as tokens for wrapping (a count
     * stays with its word): a failure the record expects in lower case, any other as {@link VerdictWords#full}.
     */
    static List<String> state(SpecReport spec) {
        if (spec.hasErrors()) {
            return List.of(Texts.plural(spec.diagnostics().stream().filter(Diagnostic::isError).count(), "error"));
        }
        Attention attention = new Attention(spec);
        Map<Verdict, Integer> expected = new EnumMap<>(Verdict.class);
        Map<Verdict, Integer> news = new EnumMap<>(Verdict.class);
        for (Outcome o : spec.outcomes()) (attention.expected(o) ? expected : news).merge(o.verdict(), 1, Integer::sum);
        List<String> tokens = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            if (expected.containsKey(v)) tokens.add(expected.get(v) + " " + v.word().toLowerCase(Locale.ROOT) + ",");
            if (news.containsKey(v)) tokens.add(news.get(v) + " " + VerdictWords.full(v) + ",");
        }
        if (tokens.isEmpty()) tokens.add("0 obligations,");
        String last = tokens.remove(tokens.size() - 1);
        tokens.add(last.substring(0, last.length() - 1) + ";");
        if (!spec.hasRecord()) {
            tokens.add("no proof record");
            return tokens;
        }
        int differences = spec.comparison().differences().size();
        long prints = spec.comparison().changes().stream().filter(c -> !c.isDifference()).count();
        tokens.add(differences == 0 ? "matches its proof record"
                : Texts.plural(differences, "difference") + " from its proof record");
        if (prints > 0) tokens.add("(" + Texts.plural(prints, "fingerprint") + " changed)");
        return tokens;
    }

    /** Per spec with differences, each with its details; one line for changed fingerprints of the whole run. */
    private List<String> changes(RunReport run) {
        List<String> lines = new ArrayList<>();
        int prints = 0, printSpecs = 0;
        for (SpecReport spec : run.specs()) {
            if (!spec.hasRecord()) continue;
            long n = spec.comparison().changes().stream().filter(c -> !c.isDifference()).count();
            prints += (int) n;
            if (n > 0) printSpecs++;
            List<RecordChange> differences = spec.comparison().differences();
            if (differences.isEmpty()) continue;
            lines.add(style.bold(TextReportRenderer.path(spec) + ":"));
            Map<RecordKey, Outcome> byKey = new LinkedHashMap<>();
            for (Outcome o : spec.outcomes()) byKey.put(RecordKey.of(o.obligation()), o);
            OutcomeLineFormatter f = OutcomeLineFormatter.forObligations(List.of(), style);
            for (RecordChange c : differences) {
                Outcome o = byKey.get(c.key());
                Integer line = o == null || o.obligation().span().isSynthetic() ? null : o.obligation().span().line();
                lines.addAll(TextReportRenderer.changeLines(c, line));
                if (o == null) continue;
                lines.addAll(f.detailLines(o));
                lines.addAll(f.replays(o, spec));
            }
        }
        if (prints > 0) {
            lines.add(Texts.plural(prints, "fingerprint") + " changed in " + Texts.plural(printSpecs, "spec")
                    + ", verdicts unchanged:");
            lines.add(INDENT + "the spec or its lowering changed; --verbose names them, --record updates them");
        }
        return lines;
    }

    /** Per spec, every outcome that needs attention and is no difference, as its verdict line and details. */
    private List<String> attention(RunReport run) {
        List<String> lines = new ArrayList<>();
        for (SpecReport spec : run.specs()) {
            Attention attention = new Attention(spec);
            List<Outcome> mine = spec.outcomes().stream().filter(attention::needsBesidesChanges).toList();
            if (mine.isEmpty()) continue;
            lines.add(style.bold(TextReportRenderer.path(spec) + ":"));
            OutcomeLineFormatter f = OutcomeLineFormatter.forOutcomes(mine, style.withoutTimings());
            for (Outcome o : mine) lines.addAll(f.linesWithReplays(o, spec));
        }
        return lines;
    }
}
