/**
 * Kernel bindings: between a checked spec and a kernel tree. {@link ptprove.bind.TreeBinding} reads what the tree
 * says about a spec's bound lets and fns in the configurations its release stands for (evaluating the spec's
 * Kconfig, variable and size bindings with the reference evaluator); {@link ptprove.bind.Substitution} puts the
 * tree in place of the transcriptions ({@code check --kernel}); {@link ptprove.bind.Equivalence} states "this fn
 * is the kernel's function" as ordinary theorems ({@code drift}). The only package that sees
 * {@code ptprove.kernel}; what it hands on is plain values, spec ASTs and spec files.
 *
 * <p>Depends on {@code check}, {@code eval}, {@code ir}, {@code kernel}, {@code source} and {@code syntax}.
 */
package ptprove.bind;
