package ptprove.report;

import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Replay;

/**
 * One outcome as text, for streaming while a run is in progress and for the details of a report:
 *
 * <pre>
 * proved   vmemmap_free_spares_vmalloc    ERA=504 PAGE_SHIFT=12 VA_BITS=48  2.4 ms
 * witness  merged_policy_frees_something  ERA=504 PAGE_SHIFT=12 VA_BITS=48  5.0 ms
 * REFUTED  vmemmap_free_spares_vmalloc    ERA=609 PAGE_SHIFT=16 VA_BITS=52   31 ms
 *            start = 0xfffffc1fc0000000
 *            end   = 0xfffffc1fc0010000
 * </pre>
 *
 * Names and configurations are padded to the widths given at construction (the CLI knows every obligation
 * before the first finishes), so streamed lines form columns. Where a line would pass 80 columns, the
 * configuration moves to continuation lines. Model values (counterexample or witness) and the reason of an
 * unknown or error verdict follow, indented. Every line fits in 80 columns. Verdicts use the grid's words
 * ({@code witness}, {@code NO-WIT}), one vocabulary for every column of verdicts.
 */
public final class OutcomeLineFormatter {
    private static final String GAP = "  ";
    /** Wide enough for every {@link Formats#duration}. */
    private static final int TIME_WIDTH = 6;
    private static final int NAME_COLUMN = VerdictWords.BRIEF_WIDTH + GAP.length();
    private static final String DETAIL_INDENT = " ".repeat(NAME_COLUMN + 2);
    /** Room for a name on a line of its own, with the time after it. */
    private static final int NAME_ROOM = WIDTH - NAME_COLUMN - 2 - TIME_WIDTH;
    /** Room for a model label: the value may be 18 columns of hex. */
    private static final int LABEL_ROOM = WIDTH - DETAIL_INDENT.length() - " = ".length() - 18;

    private final int nameWidth;
    private final int configWidth;
    private final Style style;

    /**
     * @param nameWidth   the column width for property names (longer names push the line, shorter are padded)
     * @param configWidth the column width for configurations
     */
    public OutcomeLineFormatter(int nameWidth, int configWidth, Style style) {
        this.nameWidth = Math.max(0, nameWidth);
        this.configWidth = Math.max(0, configWidth);
        this.style = style;
    }

    /** A formatter whose columns fit the longest name and configuration among {@code obligations}. */
    public static OutcomeLineFormatter forObligations(Collection<Obligation> obligations, Style style) {
        int names = 0, configs = 0;
        for (Obligation o : obligations) {
            names = Math.max(names, o.name().length());
            configs = Math.max(configs, o.config().toString().length());
        }
        return new OutcomeLineFormatter(names, configs, style);
    }

    /** A formatter whose columns fit the obligations of {@code outcomes} (the ones a report details). */
    public static OutcomeLineFormatter forOutcomes(Collection<Outcome> outcomes, Style style) {
        return forObligations(outcomes.stream().map(Outcome::obligation).toList(), style);
    }

    /** The lines of {@link #lines}, each ending in a newline. */
    public String format(Outcome outcome) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines(outcome)) sb.append(line).append('\n');
        return sb.toString();
    }

    /** The outcome's lines without line terminators: the verdict line(s), then model values or the reason. */
    public List<String> lines(Outcome outcome) {
        Obligation ob = outcome.obligation();
        String word = Texts.pad(VerdictWords.brief(outcome.verdict()), VerdictWords.BRIEF_WIDTH);
        String coloured = style.verdict(outcome.verdict(), word) + GAP;
        String time = style.timings() ? Texts.padLeft(Formats.duration(outcome.millis()), TIME_WIDTH) : "";
        String config = ob.config().toString();
        List<String> lines = new ArrayList<>();

        StringBuilder rest = new StringBuilder(Texts.pad(ob.name(), nameWidth));
        if (!config.isEmpty() || configWidth > 0) rest.append(GAP).append(Texts.pad(config, configWidth));
        rest.append(GAP).append(time);
        if (NAME_COLUMN + rest.length() <= WIDTH) {
            lines.add((coloured + rest).stripTrailing());
        } else {
            String name = Texts.truncateMiddle(ob.name(), NAME_ROOM);
            int width = Math.max(name.length(), Math.min(nameWidth, NAME_ROOM));
            lines.add((coloured + Texts.pad(name, width) + GAP + time).stripTrailing());
            if (!config.isEmpty()) lines.addAll(configLines(ob.config(), " ".repeat(NAME_COLUMN)));
        }
        lines.addAll(detailLines(outcome));
        return lines;
    }

    /**
     * {@link #lines}, then what a report adds below them from {@code spec}: the outcome's replay and its further
     * counterexamples ({@link #replays}).
     */
    public List<String> linesWithReplays(Outcome outcome, SpecReport spec) {
        List<String> lines = new ArrayList<>(lines(outcome));
        lines.addAll(replays(outcome, spec));
        return lines;
    }

    /**
     * The outcome's replay in {@code spec} ({@link #replayLines}), then the further counterexamples of
     * {@code check --all} with their replays ({@link #otherLines}).
     */
    public List<String> replays(Outcome outcome, SpecReport spec) {
        List<String> lines = new ArrayList<>(replayLines(spec.replay(outcome)));
        lines.addAll(otherLines(outcome, spec.otherReplays(outcome)));
        return lines;
    }

    /** What follows the verdict line: the model values (counterexample or witness), or the reason. */
    public List<String> detailLines(Outcome outcome) {
        List<String> lines = new ArrayList<>(modelLines(outcome));
        if (outcome.reason() != null && !outcome.reason().isBlank()) {
            lines.addAll(Texts.wrap(Texts.words(Texts.printable(outcome.reason())), DETAIL_INDENT + "reason: ",
                    DETAIL_INDENT + "        ", WIDTH));
        }
        return lines;
    }

    /**
     * The reference evaluator's replay under the model values: the freed table in kernel terms (level, index path,
     * the span the table maps, the sub-range the walk visited it with), then the replay's status.
     */
    public List<String> replayLines(Replay replay) {
        List<String> lines = new ArrayList<>();
        if (replay == null) return lines;
        for (Replay.Finding f : replay.findings()) {
            lines.add(DETAIL_INDENT + "level       = " + f.level() + "  (" + f.indexPath() + ")");
            lines.add(DETAIL_INDENT + "table_span  = [" + Formats.hex(f.tableStart()) + ", " + Formats.hex(f.tableEnd()) + ")");
            lines.add(DETAIL_INDENT + "walk        = [" + Formats.hex(f.walkStart()) + ", " + Formats.hex(f.walkEnd()) + ")");
            lines.addAll(TraceLines.lines(f.trace(), DETAIL_INDENT));
        }
        if (replay.findings().isEmpty()) lines.addAll(TraceLines.lines(replay.trace(), DETAIL_INDENT));
        lines.addAll(conjunctLines(replay.falseConjuncts()));
        String status = switch (replay.status()) {
            case CONFIRMED -> "replay: confirmed by the reference evaluator";
            case REJECTED -> "replay: REJECTED by the reference evaluator: " + replay.explanation();
            case SKIPPED -> "replay: skipped: " + replay.explanation();
        };
        lines.addAll(Texts.wrap(Texts.words(Texts.printable(status)), DETAIL_INDENT, DETAIL_INDENT + "  ", WIDTH));
        return lines;
    }

    /**
     * The conjuncts of a refuted claim that are false, with both sides of a comparison:
     * <pre>
     * false (line 260): vmemmap.end - 1 == 0xffff_ffff_bfff_ffff
     *   vmemmap.end - 1       = 0xffffffffc01fffff
     *   0xffff_ffff_bfff_ffff = 0xffffffffbfffffff
     * </pre>
     */
    static List<String> conjunctLines(List<Replay.Conjunct> conjuncts) {
        List<String> lines = new ArrayList<>();
        for (Replay.Conjunct c : conjuncts) {
            String head = DETAIL_INDENT + "false (line " + c.line() + "): ";
            lines.add(head + Texts.truncateMiddle(Texts.printable(c.source()), WIDTH - head.length()));
            if (!c.isComparison()) continue;
            String sub = DETAIL_INDENT + "  ";
            int room = WIDTH - sub.length() - " = ".length() - 18;
            String left = Texts.truncateMiddle(Texts.printable(c.left()), room);
            String right = Texts.truncateMiddle(Texts.printable(c.right()), room);
            int w = Math.max(left.length(), right.length());
            lines.add(sub + Texts.pad(left, w) + " = " + c.leftValue());
            lines.add(sub + Texts.pad(right, w) + " = " + c.rightValue());
        }
        return lines;
    }

    /**
     * The further counterexamples of {@code check --all} ({@link Outcome#others()}, replayed as {@code replays}),
     * each under a heading naming its class: {@code counterexample 2 of 3: pud, vmalloc}.
     */
    public List<String> otherLines(Outcome outcome, List<Replay> replays) {
        List<String> lines = new ArrayList<>();
        int total = outcome.others().size() + 1;
        for (int i = 0; i < outcome.others().size(); i++) {
            Replay r = i < replays.size() ? replays.get(i) : null;
            String cls = r == null || r.findings().isEmpty() ? ""
                    : ": " + r.findings().get(0).classKey().replace(" ", ", ");
            lines.add(Texts.truncateMiddle(DETAIL_INDENT + "counterexample " + (i + 2) + " of " + total + cls, WIDTH));
            lines.addAll(modelLines(outcome.withModel(outcome.others().get(i))));
            lines.addAll(replayLines(r));
        }
        return lines;
    }

    /** A configuration wrapped at 80 columns, every line starting with {@code indent}. */
    static List<String> configLines(Config config, String indent) {
        List<String> items = new ArrayList<>();
        for (Config.Entry e : config.entries()) items.add(e.name() + "=" + e.valueText());
        return Texts.wrap(items, indent, indent, WIDTH);
    }

    private static List<String> modelLines(Outcome outcome) {
        List<String> labels = labels(outcome.model());
        int width = 0;
        for (String l : labels) width = Math.max(width, Math.min(l.length(), LABEL_ROOM));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = Texts.pad(Texts.truncateMiddle(labels.get(i), LABEL_ROOM), width);
            lines.add(DETAIL_INDENT + label + " = " + Formats.value(outcome.model().get(i)));
        }
        return lines;
    }

    /**
     * What each model value is called: its label, or {@code label (variable)} where two variables share a label
     * (two hidden choices both labelled {@code address}, say), so no two lines read alike.
     */
    static List<String> labels(List<Outcome.Value> model) {
        Map<String, Integer> uses = new HashMap<>();
        for (Outcome.Value v : model) uses.merge(v.variable().label(), 1, Integer::sum);
        List<String> labels = new ArrayList<>(model.size());
        for (Outcome.Value v : model) {
            String label = v.variable().label();
            labels.add(uses.get(label) > 1 ? label + " (" + v.variable().var().name() + ")" : label);
        }
        return labels;
    }
}
