package ptprove.syntax;

/**
 * ANTLR indexes code points; spans index Java chars. They differ only after a supplementary character, so the
 * table is built only when the text has one.
 */
final class OffsetMap {
    private final int[] charOfCodePoint;

    OffsetMap(String text) {
        boolean astral = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
        if (!astral) {
            charOfCodePoint = null;
            return;
        }
        int n = text.codePointCount(0, text.length());
        charOfCodePoint = new int[n + 1];
        int ch = 0;
        for (int cp = 0; cp < n; cp++) {
            charOfCodePoint[cp] = ch;
            ch += Character.charCount(text.codePointAt(ch));
        }
        charOfCodePoint[n] = ch;
    }

    int toChar(int codePointIndex) {
        if (charOfCodePoint == null || codePointIndex < 0) return codePointIndex;
        return charOfCodePoint[Math.min(codePointIndex, charOfCodePoint.length - 1)];
    }
}
