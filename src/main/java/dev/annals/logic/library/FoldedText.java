package dev.annals.logic.library;

import dev.annals.logic.text.Folding;

import java.text.Normalizer;

/**
 * A text folded for matching as search folds it ({@link Folding}: case, tone marks, đ/Đ), with every space read as
 * a blank, and the code-point offset in the original text of every folded char, so a match maps back to it.
 */
public final class FoldedText {

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
        char[] folded = Folding.fold(nfc).toCharArray();
        int[] origin = new int[folded.length];
        int cpIndex = 0;
        for (int i = 0; i < folded.length; i++) {
            origin[i] = cpIndex;
            if (Character.isWhitespace(folded[i]) || Character.isSpaceChar(folded[i])) folded[i] = ' ';
            boolean pairContinues = Character.isHighSurrogate(folded[i]) && i + 1 < folded.length && Character.isLowSurrogate(folded[i + 1]);
            if (!pairContinues) cpIndex++;
        }
        return new FoldedText(new String(folded), origin, cpIndex);
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
}
