package dev.annals.logic.annotate;

import dev.annals.model.Span;

/**
 * Snaps a selection to whole words: a selection that starts or ends inside a word grows to take the whole
 * word, and whitespace at its ends is dropped. Offsets are code points. A selection of only spaces or
 * punctuation is returned unchanged.
 */
public final class WordSnapper {

    private WordSnapper() {
    }

    public static Span snap(String text, Span selection) {
        int[] t = Anchorer.cp(text);
        int start = Math.min(selection.start(), t.length);
        int end = Math.min(selection.end(), t.length);
        while (start < end && Character.isWhitespace(t[start])) start++;
        while (end > start && Character.isWhitespace(t[end - 1])) end--;
        if (start == end) return new Span(Math.min(selection.start(), t.length), Math.min(selection.end(), t.length));
        while (start > 0 && isWordPart(t[start - 1]) && isWordPart(t[start])) start--;
        while (end < t.length && isWordPart(t[end - 1]) && isWordPart(t[end])) end++;
        return new Span(start, end);
    }

    static boolean isWordPart(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\'' || c == '’' || c == '-';
    }
}
