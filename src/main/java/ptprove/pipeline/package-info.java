/**
 * Orchestration for the CLI: finding specs and deciding their roots, compiling each to obligations or layouts,
 * splitting a run's obligations into shards ({@link ptprove.pipeline.Shard}), and {@link ptprove.pipeline.CheckRun},
 * which owns one {@code check} run from compilation to the {@link ptprove.report.RunReport} (solving, replay,
 * proof records, the result cache and the second solver). With a kernel tree: {@code check --kernel}
 * ({@link ptprove.pipeline.KernelSubstitution}), {@link ptprove.pipeline.DriftRun} and
 * {@link ptprove.pipeline.ReviewRun}, drivers over {@code bind}'s readings of one or two trees. Depends on every
 * stage; never on Z3 types, nor on {@code kernel} (only through {@code bind}).
 */
package ptprove.pipeline;
