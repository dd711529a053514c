/**
 * Orchestration of the solver-free stages for the CLI: finding specs, deciding their roots, and compiling each
 * to obligations or layouts. Depends on every front-end stage; never on Z3.
 */
package ptprove.pipeline;
