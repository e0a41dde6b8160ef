package dev.annals.logic.library.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a page as {@link MarkMergingStripper} wrote it into paragraphs of lines. A paragraph ends where the gap
 * to the next line is clearly larger than the usual line spacing for that type size (a blank line or more), where
 * the type size changes (a heading ends), where a list item starts, or where the text jumps back up the page (a
 * new column), and where a line stops short: the next line's first word would have fitted on it, so the writer
 * ended the paragraph there (a dateline, a one-line slogan, a headline above the first paragraph, or the last line
 * of a paragraph set without space after it). A heading set large and wrapped over two lines stays one paragraph.
 */
final class PdfLines {

    record Line(float x, float y, float size, float endX, String text) {
    }

    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            "^(?:[•◦▪▫■□●○‣⁃∙·–—*]|\\d{1,3}[.)]|[a-zA-Z][.)])\\s+\\S.*");
    private static final float SIZE_CHANGE = 1.15f;
    private static final float LEADING_PER_POINT = 1.25f;

    private PdfLines() {
    }

    static List<List<String>> paragraphs(String page) {
        List<Line> lines = parse(page);
        float leading = leading(lines);
        ShortLines shortLines = new ShortLines(lines);
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line previous = i > 0 ? lines.get(i - 1) : null;
            if (previous != null && !current.isEmpty()
                    && (startsParagraph(previous, line, leading) || shortLines.endsBefore(previous, line))) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(line.text);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    private static boolean startsParagraph(Line previous, Line line, float leading) {
        float gap = line.y - previous.y;
        float larger = Math.max(previous.size, line.size);
        float smaller = Math.min(previous.size, line.size);
        float spacing = Math.max(leading, larger * LEADING_PER_POINT);
        if (gap > spacing * 1.5f || gap < -leading) return true;
        if (smaller > 0 && larger / smaller > SIZE_CHANGE) return true;
        return LIST_ITEM.matcher(line.text.strip()).matches();
    }

    /** The usual distance between the baselines of two lines: a low quartile of the gaps, at most 1.35 × the type size. */
    private static float leading(List<Line> lines) {
        float[] gaps = new float[Math.max(0, lines.size() - 1)];
        int n = 0;
        float size = 0;
        for (int i = 1; i < lines.size(); i++) {
            float gap = lines.get(i).y - lines.get(i - 1).y;
            if (gap > 0) gaps[n++] = gap;
        }
        for (Line l : lines) size = Math.max(size, l.size);
        float bySize = size > 0 ? size * 1.35f : Float.MAX_VALUE;
        if (n == 0) return bySize == Float.MAX_VALUE ? 12 : bySize;
        Arrays.sort(gaps, 0, n);
        return Math.min(gaps[n / 4], bySize);
    }

    private static List<Line> parse(String page) {
        List<Line> lines = new ArrayList<>();
        float x = 0, y = 0, size = 0;
        for (String raw : page.split("\n")) {
            String text = raw;
            if (!raw.isEmpty() && raw.charAt(0) == MarkMergingStripper.LINE_START) {
                int end = raw.indexOf(MarkMergingStripper.LINE_GEOMETRY_END);
                String[] geometry = raw.substring(1, end).split(",");
                x = Float.parseFloat(geometry[0]);
                y = Float.parseFloat(geometry[1]);
                size = Float.parseFloat(geometry[2]);
                text = raw.substring(end + 1);
            }
            float endX = Float.NaN;
            int trailer = text.lastIndexOf(MarkMergingStripper.LINE_END);
            if (trailer >= 0) {
                endX = Float.parseFloat(text.substring(trailer + 1));
                text = text.substring(0, trailer);
            }
            if (!text.isBlank()) lines.add(new Line(x, y, size, endX, text));
        }
        return lines;
    }
}
