/**
 * {@code ptprove reproduce}: a refuted teardown theorem as a self-contained C file (a KUnit test body with a
 * user-space shim) that replays the counterexample on a simulated page table. The teardown's guard and the fns
 * it calls are transcribed from the checked AST ({@link ptprove.reproduce.CTranscriber}); numbers come from the
 * solver's model and the reference evaluator ({@code eval}), the freed table from its replay. A refuted vmemmap
 * leaf theorem becomes an arm64 boot-time kernel test instead ({@link ptprove.reproduce.KernelTest}: the units
 * read off the theorem by {@link ptprove.reproduce.LeafScenario}, filled into the {@code kernel-test.c} template
 * beside this package's classes). Depends on
 * {@code check}, {@code eval}, {@code ir} (obligations), {@code result}, {@code syntax.ast}, {@code source}; no
 * solver types.
 */
package ptprove.reproduce;
