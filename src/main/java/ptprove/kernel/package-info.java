/**
 * The kernel stage: reads a Linux source tree. {@link ptprove.kernel.KernelReader} preprocesses a configuration's
 * bound headers with jcpp (predefines, include folders, a synthesised generated/autoconf.h, an include policy for
 * generated headers), evaluates macros as C constant expressions (C's integer types and conversions, then
 * unsigned long as the spec's lets hold them), and reads helper functions of a pure integer subset of C into
 * spec {@code fn} ASTs whose spans point into the kernel file. A hand-written C parser; no ANTLR here.
 *
 * <p>Depends on {@code source}, {@code syntax.ast} and jcpp only. Only {@code ptprove.bind} uses it, and nothing
 * of jcpp or of this package's C model leaves it: out come plain values per configuration, spec ASTs and
 * diagnostics.
 */
package ptprove.kernel;
