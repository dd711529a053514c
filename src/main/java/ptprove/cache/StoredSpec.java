package ptprove.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.result.Outcome;
import ptprove.source.Diagnostic;
import ptprove.source.SourceFile;

/**
 * A spec's results as a spec-level entry holds them: the inputs they were computed from ({@link InputDigest}), the
 * spec's diagnostics (warnings only: a spec with errors has no results) and one outcome per obligation, in order.
 */
public final class StoredSpec {
    private final List<InputDigest> inputs;
    private final List<StoredDiagnostic> diagnostics;
    private final List<StoredOutcome> outcomes;

    StoredSpec(List<InputDigest> inputs, List<StoredDiagnostic> diagnostics, List<StoredOutcome> outcomes) {
        this.inputs = List.copyOf(inputs);
        this.diagnostics = List.copyOf(diagnostics);
        this.outcomes = List.copyOf(outcomes);
    }

    /**
     * What to store for a spec compiled from {@code sources} (display path to the text the front end read, the spec
     * and its imports) plus {@code otherInputs}, or null when it cannot be stored: an error, an outcome without a
     * definite verdict (unknown, error) or with several models, a position outside the spec's files.
     */
    public static StoredSpec of(Map<String, SourceFile> sources, List<InputDigest> otherInputs,
                                List<Diagnostic> diagnostics, List<Outcome> outcomes) {
        List<InputDigest> inputs = new ArrayList<>();
        for (SourceFile f : sources.values()) inputs.add(InputDigest.source(f));
        inputs.addAll(otherInputs);
        List<StoredDiagnostic> diags = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            StoredDiagnostic s = d.isError() ? null : StoredDiagnostic.of(d, sources);
            if (s == null) return null;
            diags.add(s);
        }
        List<StoredOutcome> stored = new ArrayList<>();
        for (Outcome o : outcomes) {
            StoredOutcome s = StoredOutcome.of(o, sources);
            if (s == null) return null;
            stored.add(s);
        }
        return new StoredSpec(inputs, diags, stored);
    }

    /**
     * Whether the entry still answers the spec whose front end read {@code sources}: the same source files (no
     * import added or dropped), each with the same text, and every other input unchanged.
     */
    public boolean inputsHold(Map<String, SourceFile> sources) {
        long stored = inputs.stream().filter(i -> i.kind() == InputDigest.Kind.SOURCE).count();
        if (stored != sources.size()) return false;
        for (InputDigest i : inputs) if (!i.holds(sources)) return false;
        return true;
    }

    /** The diagnostics, positioned in {@code sources}. */
    public List<Diagnostic> diagnostics(Map<String, SourceFile> sources) throws SpecEntryInvalid {
        List<Diagnostic> out = new ArrayList<>();
        for (StoredDiagnostic d : diagnostics) out.add(d.resolve(sources));
        return out;
    }

    /** The outcomes (marked as read from the cache) of the spec shown as {@code spec}, positioned in {@code sources}. */
    public List<Outcome> outcomes(String spec, Map<String, SourceFile> sources) throws SpecEntryInvalid {
        List<Outcome> out = new ArrayList<>();
        for (StoredOutcome o : outcomes) {
            if (o.index() != out.size()) throw new SpecEntryInvalid("outcomes out of order");
            out.add(o.resolve(spec, sources));
        }
        return out;
    }

    List<InputDigest> inputs() { return inputs; }
    List<StoredDiagnostic> storedDiagnostics() { return diagnostics; }
    List<StoredOutcome> storedOutcomes() { return outcomes; }
}
