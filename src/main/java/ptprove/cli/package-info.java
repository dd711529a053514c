/**
 * The command line (picocli): {@code check} and {@code layout}. Wires the pipeline, the prover, proof records and
 * renderers; {@link ptprove.cli.Main} is the only place that exits the JVM.
 */
package ptprove.cli;
