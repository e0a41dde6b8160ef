package dev.annals.logic.text;

import java.text.Normalizer;

/**
 * Folds text for searching: lower case, tone and other marks removed, đ/Đ → d. Each code point becomes exactly
 * one code point, so an offset into the folded text is the same offset into the original text.
 */
public final class Folding {

    private Folding() {
    }

    /** The folded text; it has as many code points as {@code text}. */
    public static String fold(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= Character.MAX_VALUE && Character.isSurrogate((char) cp)) {
                out.append((char) cp);
            } else if (cp <= Character.MAX_VALUE) {
                out.append(BmpTable.FOLDED[cp]);
            } else {
                out.appendCodePoint(foldCodePoint(cp));
            }
        }
        return out.toString();
    }

    /** The folded code points, one for each of {@code codePoints}, so offsets stay the same. */
    public static int[] fold(int[] codePoints) {
        int[] out = new int[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            out[i] = cp <= Character.MAX_VALUE ? BmpTable.FOLDED[cp] : foldCodePoint(cp);
        }
        return out;
    }

    /** The folded form of one code point: always one code point. */
    public static int foldCodePoint(int cp) {
        if (cp == 'đ' || cp == 'Đ') return 'd';
        int lower = Character.toLowerCase(cp);
        String decomposed = Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFD);
        int base = decomposed.codePointAt(0);
        if (decomposed.length() == Character.charCount(base) || Character.getType(base) == Character.NON_SPACING_MARK) return lower;
        for (int j = Character.charCount(base); j < decomposed.length(); ) {
            int mark = decomposed.codePointAt(j);
            if (Character.getType(mark) != Character.NON_SPACING_MARK) return lower;
            j += Character.charCount(mark);
        }
        return base;
    }

    /** Folding of the Basic Multilingual Plane, computed once: text is folded on every import and search. */
    private static final class BmpTable {
        static final char[] FOLDED = build();

        private static char[] build() {
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (c < 0x80) {
                    table[c] = (char) Character.toLowerCase(c);
                } else if (Character.isSurrogate((char) c)) {
                    table[c] = (char) c;
                } else {
                    int folded = foldCodePoint(c);
                    table[c] = folded <= Character.MAX_VALUE ? (char) folded : (char) c;
                }
            }
            return table;
        }
    }
}
