package dev.annals.ui.reader;

/**
 * Converts a document's code-point offsets (the API's unit) to the UTF-16 indices the text area uses and back,
 * in O(1) for the common text without surrogate pairs.
 */
final class OffsetMap {

    private final String text;
    private final boolean identity;

    OffsetMap(String text) {
        this.text = text;
        this.identity = text.codePoints().allMatch(Character::isBmpCodePoint);
    }

    int toUtf16(int codePoint) {
        if (identity) return Math.min(codePoint, text.length());
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoint, cps));
    }

    int toCodePoint(int utf16) {
        int clamped = Math.max(0, Math.min(utf16, text.length()));
        return identity ? clamped : text.codePointCount(0, clamped);
    }
}
