/**
 * Orchestration of the solver-free stages for the CLI: finding specs, deciding their roots, compiling each
 * to obligations or layouts, and splitting a run's obligations into shards ({@link ptprove.pipeline.Shard}). Depends on every front-end stage; never on Z3.
 */
package ptprove.pipeline;
