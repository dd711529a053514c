package ptprove.kernel;

import java.math.BigInteger;
import java.util.List;

/** Integer and character constants with the type C gives them (C11 6.4.4.1, LP64). */
final class CLiterals {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private CLiterals() {}

    static CExpr.Num integer(CToken t) throws CProblem {
        String s = t.text().replace("'", "");
        int end = s.length();
        while (end > 0 && "uUlL".indexOf(s.charAt(end - 1)) >= 0) end--;
        String suffix = s.substring(end).toLowerCase();
        String digits = s.substring(0, end);
        int radix = 10;
        if (digits.startsWith("0x") || digits.startsWith("0X")) { radix = 16; digits = digits.substring(2); }
        else if (digits.startsWith("0b") || digits.startsWith("0B")) { radix = 2; digits = digits.substring(2); }
        else if (digits.length() > 1 && digits.startsWith("0")) { radix = 8; digits = digits.substring(1); }
        if (!List.of("", "u", "l", "ul", "lu", "ll", "ull", "llu").contains(suffix) || digits.isEmpty()) {
            throw new CProblem("'" + t.text() + "' is not an integer constant (floating point is outside the"
                    + " supported C subset)", t);
        }
        BigInteger v;
        try {
            v = new BigInteger(digits, radix);
        } catch (NumberFormatException e) {
            throw new CProblem("'" + t.text() + "' is not an integer constant (floating point is outside the"
                    + " supported C subset)", t);
        }
        if (v.compareTo(TWO_64) >= 0) throw new CProblem("integer constant " + t.text() + " is too large for any C type", t);
        CType type = typeOf(v, radix == 10, suffix);
        if (type == null) throw new CProblem("integer constant " + t.text() + " is too large for its type", t);
        return new CExpr.Num(v.longValue(), type, t.text(), t.start(), t.end());
    }

    /** The first type of the standard's list for this suffix and base that can represent {@code v}. */
    private static CType typeOf(BigInteger v, boolean decimal, String suffix) {
        boolean u = suffix.contains("u");
        int longs = suffix.replace("u", "").length();
        List<CType> candidates;
        if (u) {
            candidates = longs == 0 ? List.of(CType.UINT, CType.ULONG, CType.ULLONG)
                    : longs == 1 ? List.of(CType.ULONG, CType.ULLONG) : List.of(CType.ULLONG);
        } else if (decimal) {
            candidates = longs == 0 ? List.of(CType.INT, CType.LONG, CType.LLONG)
                    : longs == 1 ? List.of(CType.LONG, CType.LLONG) : List.of(CType.LLONG);
        } else {
            candidates = longs == 0 ? List.of(CType.INT, CType.UINT, CType.LONG, CType.ULONG, CType.LLONG, CType.ULLONG)
                    : longs == 1 ? List.of(CType.LONG, CType.ULONG, CType.LLONG, CType.ULLONG)
                    : List.of(CType.LLONG, CType.ULLONG);
        }
        for (CType c : candidates) {
            int valueBits = c.signed ? c.bits - 1 : c.bits;
            if (v.bitLength() <= valueBits) return c;
        }
        return null;
    }

    /** {@code 'a'}, {@code '\n'}, {@code '\0'}: an int. */
    static CExpr.Num character(CToken t) throws CProblem {
        String s = t.text();
        if (s.length() < 3 || !s.endsWith("'")) throw new CProblem("malformed character constant " + s, t);
        String body = s.substring(1, s.length() - 1);
        long v;
        if (!body.startsWith("\\")) {
            if (body.length() != 1) throw new CProblem("multi-character constant " + s + " (outside the supported C subset)", t);
            v = body.charAt(0);
        } else {
            String esc = body.substring(1);
            v = switch (esc) {
                case "n" -> '\n';
                case "t" -> '\t';
                case "r" -> '\r';
                case "\\" -> '\\';
                case "'" -> '\'';
                case "\"" -> '"';
                default -> {
                    try {
                        yield esc.startsWith("x") ? Long.parseLong(esc.substring(1), 16) : Long.parseLong(esc, 8);
                    } catch (NumberFormatException e) {
                        throw new CProblem("unsupported escape in " + s, t);
                    }
                }
            };
        }
        return new CExpr.Num(CType.CHAR.normalise(v), CType.INT, s, t.start(), t.end());
    }
}
