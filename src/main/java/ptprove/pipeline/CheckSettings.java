package ptprove.pipeline;

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
 * @param kernel              {@code --kernel}: bound lets and fns come from this tree, or null
 */
public record CheckSettings(Map<String, String> config, Shard shard, Path proofs, boolean record, int jobs,
                            Budget budget, ConfigMode mode, boolean allCounterexamples, Path cacheDir,
                            ExternalSolver secondSolver, long crossCheckTimeoutMs, String toolVersion,
                            KernelTree kernel) {
    public CheckSettings {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config)); // in the order given
    }

    /**
     * The result cache of this run. Without a folder it keeps answers in memory only, so identical queries of
     * this run are solved once (the library's 2 754 obligations ask 1 023 distinct queries).
     */
    ResultCache openCache() {
        return new ResultCache(cacheDir, toolVersion, SolverOptions.of(budget));
    }
}
