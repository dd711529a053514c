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
 * How a {@link CheckRun} goes, as the command line decided it (already validated).
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
