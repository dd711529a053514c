package ptprove.kernel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A type as written in a cast, a {@code sizeof}, a declaration or a signature: an integer type (keywords, or one
 * of the kernel's fixed-width typedefs) or {@code struct NAME}, whose size only a binding can give.
 */
record CTypeName(CType basic, String struct, String spelling) {

    /** The kernel's integer typedefs on 64-bit targets (include/uapi/asm-generic/int-ll64.h, linux/types.h). */
    private static final Map<String, CType> TYPEDEFS = Map.ofEntries(
            Map.entry("u8", CType.UCHAR), Map.entry("__u8", CType.UCHAR), Map.entry("s8", CType.CHAR),
            Map.entry("__s8", CType.CHAR), Map.entry("u16", CType.USHORT), Map.entry("__u16", CType.USHORT),
            Map.entry("s16", CType.SHORT), Map.entry("__s16", CType.SHORT), Map.entry("u32", CType.UINT),
            Map.entry("__u32", CType.UINT), Map.entry("s32", CType.INT), Map.entry("__s32", CType.INT),
            Map.entry("u64", CType.ULLONG), Map.entry("__u64", CType.ULLONG), Map.entry("s64", CType.LLONG),
            Map.entry("__s64", CType.LLONG), Map.entry("size_t", CType.ULONG), Map.entry("ssize_t", CType.LONG),
            Map.entry("uintptr_t", CType.ULONG), Map.entry("phys_addr_t", CType.ULLONG),
            Map.entry("pteval_t", CType.ULLONG), Map.entry("pmdval_t", CType.ULLONG),
            Map.entry("pudval_t", CType.ULLONG), Map.entry("p4dval_t", CType.ULLONG),
            Map.entry("pgdval_t", CType.ULLONG), Map.entry("bool", CType.BOOL), Map.entry("_Bool", CType.BOOL));

    private static final Set<String> KEYWORDS = Set.of("unsigned", "signed", "char", "short", "int", "long");
    /** Qualifiers that do not change an integer type's values. */
    static final Set<String> QUALIFIERS = Set.of("const", "volatile", "register");

    static boolean startsType(CToken t) {
        return t.isIdent() && (KEYWORDS.contains(t.text()) || TYPEDEFS.containsKey(t.text())
                || QUALIFIERS.contains(t.text()) || t.text().equals("struct"));
    }

    static boolean isTypeWord(String w) {
        return KEYWORDS.contains(w) || TYPEDEFS.containsKey(w) || QUALIFIERS.contains(w);
    }

    /**
     * The type named by {@code words} (qualifiers already allowed), or null when they name none:
     * {@code unsigned long}, {@code long unsigned int}, {@code u64}, ...
     */
    static CTypeName of(List<String> words) {
        List<String> w = words.stream().filter(x -> !QUALIFIERS.contains(x)).toList();
        String spelling = String.join(" ", w);
        if (w.size() == 1 && TYPEDEFS.containsKey(w.get(0))) return new CTypeName(TYPEDEFS.get(w.get(0)), null, spelling);
        int longs = 0, shorts = 0, chars = 0, ints = 0;
        boolean unsigned = false, signed = false;
        for (String x : w) {
            switch (x) {
                case "long" -> longs++;
                case "short" -> shorts++;
                case "char" -> chars++;
                case "int" -> ints++;
                case "unsigned" -> unsigned = true;
                case "signed" -> signed = true;
                default -> { return null; }
            }
        }
        if ((unsigned && signed) || longs > 2 || shorts > 1 || chars > 1 || ints > 1 || w.isEmpty()) return null;
        if (chars == 1) return longs + shorts + ints > 0 ? null : new CTypeName(unsigned ? CType.UCHAR : CType.CHAR, null, spelling);
        if (shorts == 1) return longs > 0 ? null : new CTypeName(unsigned ? CType.USHORT : CType.SHORT, null, spelling);
        CType t = switch (longs) {
            case 0 -> unsigned ? CType.UINT : CType.INT;
            case 1 -> unsigned ? CType.ULONG : CType.LONG;
            default -> unsigned ? CType.ULLONG : CType.LLONG;
        };
        return new CTypeName(t, null, spelling);
    }

    static CTypeName struct(String name) { return new CTypeName(null, name, "struct " + name); }

    boolean isStruct() { return struct != null; }
}
