package ptprove.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordComparison;
import ptprove.proofs.RecordKey;
import ptprove.result.Verdict;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.source.Diagnostic;

/**
 * Everything a run found about one spec. A spec with an error diagnostic has no outcomes; a checked spec may
 * still carry warnings. Outcomes are kept in obligation order whatever order the workers finished in.
 *
 * @param spec       the spec path as the user named it
 * @param comparison the outcomes held against the spec's proof record, or {@code null} when it has none
 */
public record SpecReport(String spec, List<Diagnostic> diagnostics, List<Outcome> outcomes,
                         RecordComparison comparison, Map<Integer, Replay> replays,
                         Map<Integer, List<Replay>> otherReplays) {

    /** Without replays. */
    public SpecReport(String spec, List<Diagnostic> diagnostics, List<Outcome> outcomes, RecordComparison comparison) {
        this(spec, diagnostics, outcomes, comparison, Map.of());
    }

    /** Without further counterexamples ({@code check --all}). */
    public SpecReport(String spec, List<Diagnostic> diagnostics, List<Outcome> outcomes, RecordComparison comparison,
                      Map<Integer, Replay> replays) {
        this(spec, diagnostics, outcomes, comparison, replays, Map.of());
    }

    /** The reference evaluator's replay of the obligation with this index, or null. */
    public Replay replay(Outcome o) {
        return replays.get(o.obligation().index());
    }

    /** The replays of {@link Outcome#others()}, in the same order (empty when there are none). */
    public List<Replay> otherReplays(Outcome o) {
        return otherReplays.getOrDefault(o.obligation().index(), List.of());
    }

    public SpecReport {
        replays = Map.copyOf(replays);
        otherReplays = Map.copyOf(otherReplays);
        Objects.requireNonNull(spec, "spec");
        diagnostics = List.copyOf(diagnostics);
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingInt(o -> o.obligation().index()));
        outcomes = List.copyOf(sorted);
    }

    /** A spec that could not be checked: its diagnostics and nothing else. */
    public static SpecReport failed(String spec, List<Diagnostic> diagnostics) {
        return new SpecReport(spec, diagnostics, List.of(), null);
    }

    /** A checked spec without warnings; {@code comparison} may be {@code null} (no record). */
    public static SpecReport checked(String spec, List<Outcome> outcomes, RecordComparison comparison) {
        return new SpecReport(spec, List.of(), outcomes, comparison);
    }

    /** Keys of the obligations that differ from the proof record (new or flipped); empty without a record. */
    public Set<RecordKey> differingKeys() {
        return hasRecord()
                ? comparison.differences().stream().map(RecordChange::key).collect(Collectors.toSet())
                : Set.of();
    }

    /** Outcomes a reader has to look at or that carry a model: everything but proved. */
    public List<Outcome> needingDetail() {
        return outcomes.stream().filter(o -> o.verdict() != Verdict.PROVED).toList();
    }

    public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }

    public boolean hasRecord() { return comparison != null; }
}
