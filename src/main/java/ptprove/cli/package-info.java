/**
 * The command line (picocli): {@code check} (optionally {@code --cross-check cvc5}, {@code --shard i/n}, with
 * the result cache unless {@code --no-cache}), {@code merge}, {@code layout}, {@code export-smt}, {@code explain}
 * and {@code reproduce}; with a Linux tree, {@code check --kernel}, {@code drift} and {@code review}. Wires the pipeline, the prover, the cache, the cross-check, proof records and renderers;
 * {@link ptprove.cli.Main} is the only place that exits the JVM.
 */
package ptprove.cli;
