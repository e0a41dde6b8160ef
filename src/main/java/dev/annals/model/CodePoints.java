package dev.annals.model;

/** Conversions between code-point offsets (used at every API boundary) and Java's UTF-16 indices. */
public final class CodePoints {

    private CodePoints() {
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The UTF-16 index of the given code-point offset. */
    public static int toUtf16(String text, int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** The code-point offset of the given UTF-16 index. */
    public static int fromUtf16(String text, int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }

    /** The text of the half-open code-point range [start, end). */
    public static String substring(String text, int start, int end) {
        int from = toUtf16(text, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }
}
