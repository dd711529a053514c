package ptprove.kernel;

import java.util.Map;

/**
 * The functions a layout macro may call: gcc builtins and the include/linux/log2.h helpers that
 * {@code ilog2()}, {@code order_base_2()} and friends fall back to when their argument is not a compile-time
 * constant. Their C bodies are bit scans outside the subset, so ptprove computes them itself, with the kernel's
 * meaning (an argument of 0 where the C is undefined is an error, not a guess).
 */
final class CBuiltins {
    /** name -> (parameter type, result type). */
    private static final Map<String, CType[]> SIGNATURES = Map.ofEntries(
            Map.entry("__builtin_clz", new CType[] {CType.UINT, CType.INT}),
            Map.entry("__builtin_clzl", new CType[] {CType.ULONG, CType.INT}),
            Map.entry("__builtin_clzll", new CType[] {CType.ULLONG, CType.INT}),
            Map.entry("__builtin_ctz", new CType[] {CType.UINT, CType.INT}),
            Map.entry("__builtin_ctzl", new CType[] {CType.ULONG, CType.INT}),
            Map.entry("__builtin_ctzll", new CType[] {CType.ULLONG, CType.INT}),
            Map.entry("__builtin_ffs", new CType[] {CType.INT, CType.INT}),
            Map.entry("__builtin_ffsl", new CType[] {CType.LONG, CType.INT}),
            Map.entry("__builtin_ffsll", new CType[] {CType.LLONG, CType.INT}),
            Map.entry("__builtin_popcount", new CType[] {CType.UINT, CType.INT}),
            Map.entry("__builtin_popcountl", new CType[] {CType.ULONG, CType.INT}),
            Map.entry("__builtin_popcountll", new CType[] {CType.ULLONG, CType.INT}),
            Map.entry("__ilog2_u32", new CType[] {CType.UINT, CType.INT}),
            Map.entry("__ilog2_u64", new CType[] {CType.ULLONG, CType.INT}),
            Map.entry("__order_base_2", new CType[] {CType.ULONG, CType.INT}),
            Map.entry("__roundup_pow_of_two", new CType[] {CType.ULONG, CType.ULONG}),
            Map.entry("__rounddown_pow_of_two", new CType[] {CType.ULONG, CType.ULONG}));

    private CBuiltins() {}

    static boolean isBuiltin(String name) {
        return SIGNATURES.containsKey(name) || name.equals("__builtin_constant_p") || name.equals("__builtin_expect");
    }

    static CType parameterType(String name) { return SIGNATURES.get(name)[0]; }

    static CType resultType(String name) {
        if (name.equals("__builtin_constant_p")) return CType.INT;
        if (name.equals("__builtin_expect")) return CType.LONG;
        return SIGNATURES.get(name)[1];
    }

    /** Applies a one-argument builtin to its (already converted) argument. */
    static long apply(String name, long x, CExpr at) throws CProblem {
        int width = parameterType(name).bits;
        switch (name) {
            case "__builtin_clz", "__builtin_clzl", "__builtin_clzll" -> {
                if (x == 0) throw new CProblem(name + "(0) is undefined", at);
                return Long.numberOfLeadingZeros(x) - (64 - width);
            }
            case "__builtin_ctz", "__builtin_ctzl", "__builtin_ctzll" -> {
                if (x == 0) throw new CProblem(name + "(0) is undefined", at);
                return Long.numberOfTrailingZeros(x);
            }
            case "__builtin_ffs", "__builtin_ffsl", "__builtin_ffsll" -> {
                long low = width == 64 ? x : x & ((1L << width) - 1);
                return low == 0 ? 0 : Long.numberOfTrailingZeros(low) + 1;
            }
            case "__builtin_popcount", "__builtin_popcountl", "__builtin_popcountll" -> {
                return Long.bitCount(x);
            }
            case "__ilog2_u32", "__ilog2_u64" -> {
                // log2.h: fls(n) - 1, which is -1 for n == 0 (ilog2() itself rejects 0 at compile time)
                return 63 - Long.numberOfLeadingZeros(x);
            }
            case "__order_base_2" -> {
                return Long.compareUnsigned(x, 1) > 0 ? 64 - Long.numberOfLeadingZeros(x - 1) : 0;
            }
            case "__roundup_pow_of_two" -> {
                if (x == 0) throw new CProblem(name + "(0) is undefined", at);
                return x == 1 ? 1 : 1L << (64 - Long.numberOfLeadingZeros(x - 1));
            }
            case "__rounddown_pow_of_two" -> {
                if (x == 0) throw new CProblem(name + "(0) is undefined", at);
                return Long.highestOneBit(x);
            }
            default -> throw new IllegalStateException(name);
        }
    }
}
