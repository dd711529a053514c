package ptprove.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import ptprove.bind.KernelTree;
import ptprove.cache.ResultCache;
import ptprove.crosscheck.ExternalSolver;
import ptprove.solve.Budget;
import ptprove.solve.ConfigMode;
import ptprove.solve.SolverOptions;

/**
 * How a {@link CheckRun} goes, as the command line decided it (already validated). Built with
 * {@link #builder}: every setting has the default of a plain {@code check} run, so a caller names only what it
 * changes.
 *
 * @param config              {@code --config NAME=VALUE} selections (empty: every configuration)
 * @param proofs              the proof-record folder
 * @param record              rewrite the records instead of comparing with them
 * @param cacheDir            the result cache folder, or null to share answers within this run only
 * @param allCounterexamples  one counterexample per failing class ({@code --all}); solves without the cache
 * @param secondSolver        re-solve every obligation with this solver afterwards, or null
 * @param toolVersion         ptprove's version (reports, cache keys)
 * @param theorems            {@code --theorem} globs: the theorems and examples to check (all by default)
 * @param overrides           {@code --set NAME=EXPR}: lets redefined for this run only (shown in the reports)
 * @param kernel              {@code --kernel}: bound lets and fns come from this tree, or null
 * @param crossCheckTimeoutMs the second solver's budget per query; 0 = none
 */
public record CheckSettings(Map<String, String> config, Shard shard, Path proofs, boolean record, int jobs,
                            Budget budget, ConfigMode mode, boolean allCounterexamples, Path cacheDir,
                            ExternalSolver secondSolver, long crossCheckTimeoutMs, String toolVersion,
                            TheoremFilter theorems, LetOverrides overrides, KernelTree kernel) {
    public CheckSettings {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config)); // in the order given
        if (theorems == null) theorems = TheoremFilter.ALL;
        if (overrides == null) overrides = LetOverrides.NONE;
    }

    /** A run of ptprove {@code toolVersion} with every other setting at its default (see {@link Builder}). */
    public static Builder builder(String toolVersion) {
        return new Builder(toolVersion);
    }

    /**
     * The settings one at a time. Defaults: every configuration, the whole run (no shard), records in
     * {@code proofs}, compared not rewritten, one solver thread, no budget, per-configuration solving, the first
     * counterexample only, answers shared within the run only (no cache folder), no second solver, every theorem,
     * no {@code --set}, no kernel tree.
     */
    public static final class Builder {
        private final String toolVersion;
        private Map<String, String> config = Map.of();
        private Shard shard = Shard.ALL;
        private Path proofs = Path.of("proofs");
        private boolean record;
        private int jobs = 1;
        private Budget budget = Budget.NONE;
        private ConfigMode mode = ConfigMode.PER_CONFIG;
        private boolean allCounterexamples;
        private Path cacheDir;
        private ExternalSolver secondSolver;
        private long crossCheckTimeoutMs;
        private TheoremFilter theorems = TheoremFilter.ALL;
        private LetOverrides overrides = LetOverrides.NONE;
        private KernelTree kernel;

        private Builder(String toolVersion) { this.toolVersion = toolVersion; }

        public Builder config(Map<String, String> v) { config = v; return this; }
        public Builder shard(Shard v) { shard = v; return this; }
        public Builder proofs(Path v) { proofs = v; return this; }
        public Builder record(boolean v) { record = v; return this; }
        public Builder jobs(int v) { jobs = v; return this; }
        public Builder budget(Budget v) { budget = v; return this; }
        public Builder mode(ConfigMode v) { mode = v; return this; }
        public Builder allCounterexamples(boolean v) { allCounterexamples = v; return this; }
        /** The result cache folder; null shares answers within the run only. */
        public Builder cacheDir(Path v) { cacheDir = v; return this; }
        /** Re-solve every obligation with {@code solver} (null: none), {@code timeoutMs} per query (0: none). */
        public Builder secondSolver(ExternalSolver solver, long timeoutMs) {
            secondSolver = solver;
            crossCheckTimeoutMs = timeoutMs;
            return this;
        }
        public Builder theorems(TheoremFilter v) { theorems = v; return this; }
        public Builder overrides(LetOverrides v) { overrides = v; return this; }
        public Builder kernel(KernelTree v) { kernel = v; return this; }

        public CheckSettings build() {
            return new CheckSettings(config, shard, proofs, record, jobs, budget, mode, allCounterexamples, cacheDir,
                    secondSolver, crossCheckTimeoutMs, toolVersion, theorems, overrides, kernel);
        }
    }

    /** Whether the run checks every obligation of its specs (so a recorded entry it lacks is gone). */
    boolean checksWholeSpecs() {
        return config.isEmpty() && theorems.isAll();
    }

    /**
     * The result cache of this run. Without a folder it keeps answers in memory only, so identical queries of
     * this run are solved once (the library's 2 754 obligations ask 1 023 distinct queries). With
     * {@code --record} it reads nothing from the folder.
     */
    ResultCache openCache() {
        // a record is written from this run's solver only: --record stores its answers but reads none
        return record ? ResultCache.writeOnly(cacheDir, toolVersion, SolverOptions.of(budget))
                : new ResultCache(cacheDir, toolVersion, SolverOptions.of(budget));
    }

    /**
     * Whether a spec may be answered from its spec-level entry ({@link SpecAnswers}). Not without a cache folder;
     * not with {@code --record}, whose records hold only verdicts this run's solver produced or confirmed, never a
     * cached spec's; not with {@code --all} or {@code --cross-check}, which need the obligations' terms; not in a
     * shard, whose entry would be a part of the spec.
     */
    boolean readsSpecCache() {
        return cacheFolderUsable() && !record && !allCounterexamples && secondSolver == null && shard.isAll()
                && answersSpecsAsWritten();
    }

    /** Whether specs compiled in full leave a spec-level entry: whenever one could be read by a later run. */
    boolean writesSpecCache() {
        return cacheFolderUsable() && !allCounterexamples && shard.isAll() && answersSpecsAsWritten();
    }

    /**
     * An entry answers a whole spec as its files say: not a --theorem selection, not a --set what-if, and not a
     * --kernel run, whose bound values come from a tree the entry's key does not cover.
     */
    private boolean answersSpecsAsWritten() {
        return theorems.isAll() && overrides.isEmpty() && kernel == null;
    }

    /** A cache folder, or none yet; a file in its place is reported once, by the per-query cache. */
    private boolean cacheFolderUsable() {
        return cacheDir != null && (!Files.exists(cacheDir) || Files.isDirectory(cacheDir));
    }
}
