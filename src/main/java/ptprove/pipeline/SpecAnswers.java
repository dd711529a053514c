package ptprove.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ptprove.cache.InputDigest;
import ptprove.cache.SpecCache;
import ptprove.cache.SpecEntryInvalid;
import ptprove.cache.SpecKey;
import ptprove.cache.StoredSpec;
import ptprove.check.Program;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.solve.SolverOptions;
import ptprove.source.SourceFile;
import ptprove.syntax.ast.SpecFile;

/**
 * The spec-level cache in a check run: after the front end has read and checked a spec, its entry (if any) is
 * used when every input still holds, and the spec is not elaborated, lowered or looked up query by query; its
 * counterexamples and witnesses are still replayed by the reference evaluator like any others. After the run,
 * each spec compiled in full gets an entry from its outcomes. Whether a run reads or writes entries at all is
 * {@link CheckSettings#readsSpecCache()} and {@link CheckSettings#writesSpecCache()}.
 */
final class SpecAnswers implements Compiler.Shortcut {
    private final CheckSettings settings;
    private final SpecCache cache;
    /** Specs answered from an entry, with their outcomes; by identity of the input. */
    private final Map<SpecInput, List<Outcome>> answered = new IdentityHashMap<>();

    private SpecAnswers(CheckSettings settings, SpecCache cache) {
        this.settings = settings;
        this.cache = cache;
    }

    static SpecAnswers of(CheckSettings settings) {
        boolean any = settings.readsSpecCache() || settings.writesSpecCache();
        return new SpecAnswers(settings, any ? new SpecCache(settings.cacheDir()) : null);
    }

    /** What names a spec's entry: the spec as this run names it, and everything that can change its results. */
    SpecKey key(SpecInput in) {
        SolverOptions options = SolverOptions.of(settings.budget());
        StringBuilder selection = new StringBuilder();
        settings.config().forEach((k, v) -> selection.append(k).append('=').append(v).append('\n'));
        // a kernel tree given on the command line (issue 10) is one more part here; its files: otherInputs
        return SpecKey.builder()
                .with("spec", in.display()).with("file", in.file().toString()).with("root", in.root().toString())
                .with("selection", selection.toString()).with("mode", settings.mode().name())
                .with("ptprove", settings.toolVersion())
                .with("solver", options.solver() + " " + options.version() + " seed " + options.seed())
                .with("timeout-ms", Long.toString(options.timeoutMs())).with("rlimit", Long.toString(options.rlimit()))
                .build();
    }

    @Override
    public CompiledSpec answer(SpecInput in, Program program) {
        if (!settings.readsSpecCache()) return null;
        StoredSpec stored = cache.lookup(key(in));
        if (stored == null) return null;
        Map<String, SourceFile> sources = sources(program);
        if (!stored.inputsHold(sources)) return null; // an edit in the spec or its import chain: elaborate
        try {
            List<Outcome> outcomes = stored.outcomes(in.display(), sources);
            List<Obligation> obligations = new ArrayList<>();
            for (Outcome o : outcomes) obligations.add(o.obligation());
            CompiledSpec c = new CompiledSpec(in, stored.diagnostics(sources), program, obligations, List.of());
            synchronized (answered) {
                answered.put(in, outcomes);
            }
            return c;
        } catch (SpecEntryInvalid e) {
            cache.ignore();
            return null;
        }
    }

    /** The outcomes of a spec answered from its entry, or null when it was compiled in full. */
    List<Outcome> answered(SpecInput in) {
        synchronized (answered) {
            return answered.get(in);
        }
    }

    /**
     * Stores every spec compiled in full whose outcomes can be kept ({@code outcomes}: the whole run's, in spec
     * order); {@code rejected} names the specs one of whose replays the reference evaluator rejected (never kept).
     */
    void store(List<CompiledSpec> specs, List<Outcome> outcomes, Set<String> rejected) {
        if (!settings.writesSpecCache()) return;
        int at = 0;
        for (CompiledSpec c : specs) {
            int n = c.obligations().size();
            List<Outcome> mine = outcomes.subList(at, at + n);
            at += n;
            if (c.hasErrors() || c.program() == null || answered(c.input()) != null) continue;
            if (rejected.contains(c.input().display())) continue;
            StoredSpec s = StoredSpec.of(sources(c.program()), otherInputs(c), c.diagnostics(), mine);
            if (s != null) cache.store(key(c.input()), s);
        }
    }

    void warnings(Consumer<String> warn) {
        if (cache == null) return;
        if (cache.writeProblem() != null) warn.accept(cache.writeProblem() + " (the run is not affected)");
        if (cache.ignored() > 0) {
            warn.accept(cache.ignored() + " spec-level cache entries were unreadable, corrupt or foreign; those specs"
                    + " were compiled again and the entries rewritten");
        }
    }

    /**
     * Inputs of a spec besides its own files, checked by content on every later lookup: the seam for a spec bound
     * to a kernel tree (issue 10), whose entry must list the tree's files its values and fns were read from
     * ({@link InputDigest#file}); the tree given on the command line also goes into {@link #key}. None yet.
     */
    private static List<InputDigest> otherInputs(CompiledSpec c) {
        return List.of();
    }

    /** The spec and its import chain as the front end read them, by display path. */
    private static Map<String, SourceFile> sources(Program program) {
        Map<String, SourceFile> m = new LinkedHashMap<>();
        for (SpecFile f : program.files()) m.put(f.source().displayPath(), f.source());
        return m;
    }
}
