package dev.annals.logic.library.formats;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * PDFBox's text stripper, with combining marks kept on the letter drawn before them. A PDF may draw a Vietnamese
 * tone mark as its own glyph, a little apart from (or above) its letter; PDFBox would then see a gap or even a new
 * line and break the word. Here a glyph that is only combining marks never reaches the layout: it is appended to
 * the letter before it, and the text is NFC-composed later. Each line starts with its position and height
 * between U+0001 and U+0002 ("x,y,size", y growing down the page) and ends with where its last glyph ends (U+0003
 * then x), so that paragraphs can be told from the gaps and from lines that stop short; pages end with a form feed.
 */
final class MarkMergingStripper extends PDFTextStripper {

    static final char LINE_START = '\u0001';
    static final char LINE_GEOMETRY_END = '\u0002';
    static final char LINE_END = '\u0003';
    static final String PAGE_END = "\f";

    private final Map<TextPosition, String> marks = new IdentityHashMap<>();
    private TextPosition pending;
    private boolean lineStarted;
    private float lineEndX;

    MarkMergingStripper() {
        setLineSeparator("\n");
        setParagraphStart("");
        setParagraphEnd("");
        setArticleStart("");
        setArticleEnd("\n");
        setPageStart("");
        setPageEnd(PAGE_END);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (pending != null && isMarksOnly(text.getUnicode())) {
            marks.merge(pending, text.getUnicode(), String::concat);
            return;
        }
        flush();
        pending = text;
    }

    private void flush() {
        if (pending != null) super.processTextPosition(pending);
        pending = null;
    }

    @Override
    protected void writePage() throws IOException {
        flush();
        super.writePage();
        marks.clear();
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        endLine();
        super.writeLineSeparator();
        lineStarted = false;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!lineStarted && !positions.isEmpty()) {
            TextPosition first = positions.get(0);
            super.writeString(LINE_START + "" + first.getXDirAdj() + "," + first.getYDirAdj() + "," + first.getFontSizeInPt() + LINE_GEOMETRY_END);
            lineStarted = true;
            lineEndX = 0;
        }
        for (TextPosition p : positions) lineEndX = Math.max(lineEndX, p.getXDirAdj() + p.getWidthDirAdj());
        if (positions.stream().noneMatch(marks::containsKey)) {
            super.writeString(text, positions);
            return;
        }
        StringBuilder rebuilt = new StringBuilder();
        for (TextPosition p : positions) rebuilt.append(p.getUnicode()).append(marks.getOrDefault(p, ""));
        super.writeString(rebuilt.toString(), positions);
    }

    @Override
    protected void endArticle() throws IOException {
        endLine();
        super.endArticle();
        lineStarted = false;
    }

    private void endLine() throws IOException {
        if (lineStarted) super.writeString(LINE_END + Float.toString(lineEndX));
    }

    static boolean isMarksOnly(String unicode) {
        return unicode != null && !unicode.isEmpty()
                && unicode.codePoints().allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK);
    }
}
