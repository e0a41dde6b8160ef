package dev.annals.logic.library.formats;

import java.util.Arrays;
import java.util.List;

/**
 * Tells a line that ends a paragraph by where it stops: a writer wraps a line only when the next word does not fit,
 * so when the next line's first word would have fitted in the room left before the right edge, the line was ended
 * on purpose. The right edge is that of the lines beside it (the upper quartile of where the lines of the same type
 * size that share its horizontal extent end), so a column of a two-column page has its own edge and a wide heading
 * or table does not move it.
 */
final class ShortLines {

    private static final int MIN_NEIGHBOURS = 3;
    private static final float SAME_SIZE = 1.15f;

    private final List<PdfLines.Line> lines;

    ShortLines(List<PdfLines.Line> lines) {
        this.lines = lines;
    }

    boolean endsBefore(PdfLines.Line line, PdfLines.Line next) {
        if (Float.isNaN(line.endX()) || line.text().strip().endsWith("-")) return false;
        float edge = rightEdge(line);
        if (Float.isNaN(edge)) return false;
        float room = edge - line.endX();
        float perChar = charWidth(line, next);
        if (perChar <= 0) return false;
        String word = next.text().strip().split("\\s+", 2)[0];
        float wordWidth = (word.codePointCount(0, word.length()) + 1) * perChar;
        return room > wordWidth + line.size() * 0.5f;
    }

    private float rightEdge(PdfLines.Line line) {
        float[] ends = new float[lines.size()];
        int n = 0;
        for (PdfLines.Line other : lines) {
            if (Float.isNaN(other.endX()) || !sameSize(line, other)) continue;
            if (other.x() < line.endX() && line.x() < other.endX()) ends[n++] = other.endX();
        }
        if (n < MIN_NEIGHBOURS) return Float.NaN;
        Arrays.sort(ends, 0, n);
        return ends[(n * 3) / 4];
    }

    private static boolean sameSize(PdfLines.Line a, PdfLines.Line b) {
        float larger = Math.max(a.size(), b.size());
        float smaller = Math.min(a.size(), b.size());
        return smaller > 0 && larger / smaller <= SAME_SIZE;
    }

    /** The mean width of a character on the longer of the two lines (a short line says little). */
    private static float charWidth(PdfLines.Line line, PdfLines.Line next) {
        PdfLines.Line longer = chars(next) > chars(line) && !Float.isNaN(next.endX()) ? next : line;
        int chars = chars(longer);
        return chars == 0 ? 0 : (longer.endX() - longer.x()) / chars;
    }

    private static int chars(PdfLines.Line line) {
        String text = line.text().strip();
        return text.codePointCount(0, text.length());
    }
}
