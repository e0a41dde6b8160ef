package dev.annals.logic.library;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * A text folded for matching without regard to case, tone marks and đ/Đ ("Đảng" and "dang" fold alike), with
 * the code-point offset in the original text of every folded char, so a match maps back to the original.
 */
public final class FoldedText {

    private static final Map<Integer, String> FOLDS = new HashMap<>();

    private final String folded;
    private final int[] origin;
    private final int originalLength;

    private FoldedText(String folded, int[] origin, int originalLength) {
        this.folded = folded;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    public static FoldedText of(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int[] origin = new int[nfc.length() + 1];
        int cpIndex = 0;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            String f = fold(cp);
            for (int k = 0; k < f.length(); k++) {
                if (out.length() + 1 >= origin.length) origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                origin[out.length()] = cpIndex;
                out.append(f.charAt(k));
            }
            i += Character.charCount(cp);
            cpIndex++;
        }
        return new FoldedText(out.toString(), origin, cpIndex);
    }

    /** Folds a query the same way as the text. */
    public static String foldQuery(String query) {
        return of(query).folded;
    }

    public String folded() {
        return folded;
    }

    /** The original code-point offset where the folded char at {@code index} comes from. */
    public int originalStart(int foldedIndex) {
        return foldedIndex >= folded.length() ? originalLength : origin[foldedIndex];
    }

    /** The original code-point offset just after the folded range ending (exclusive) at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        return foldedEnd <= 0 ? 0 : origin[foldedEnd - 1] + 1;
    }

    private static String fold(int cp) {
        if (cp < 128) {
            if (cp >= 'A' && cp <= 'Z') return String.valueOf((char) (cp + 32));
            return Character.isWhitespace(cp) ? " " : String.valueOf((char) cp);
        }
        synchronized (FOLDS) {
            return FOLDS.computeIfAbsent(cp, FoldedText::foldSlow);
        }
    }

    private static String foldSlow(int cp) {
        if (cp == 'đ' || cp == 'Đ') return "d";
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return " ";
        String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(nfd.length());
        nfd.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(kept::appendCodePoint);
        String lower = kept.toString().toLowerCase(java.util.Locale.ROOT);
        return lower.replace('đ', 'd');
    }
}
