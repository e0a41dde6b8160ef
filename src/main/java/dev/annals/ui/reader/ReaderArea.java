package dev.annals.ui.reader;

import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.undo.UndoManagerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The reading surface: a read-only styled text area whose runs carry {@link SpanStyle}s. It holds the text with
 * every line-break-like control char but '\n' shown as a space, so its UTF-16 indices stay those of the document.
 */
final class ReaderArea extends StyledTextArea<Void, SpanStyle> {

    private OffsetMap offsets = new OffsetMap("");
    private String shown = "";
    private StyleSpans<SpanStyle> styles;

    ReaderArea() {
        super(null, (flow, ps) -> { }, SpanStyle.PLAIN, SpanStyle::apply,
                new SimpleEditableStyledDocument<>(null, SpanStyle.PLAIN), true);
        setId("readerArea");
        getStyleClass().add("reader-area");
        setEditable(false);
        setWrapText(true);
        setUndoManager(UndoManagerFactory.zeroHistoryMultiChangeUM(multiPlainChanges()));
    }

    /** The text (with display-safe chars) and its code-point map, before it is shown. */
    void prepare(String text) {
        shown = displayable(text);
        offsets = new OffsetMap(shown);
        styles = null;
    }

    /**
     * Shows the prepared text already styled, built as one document and swapped in with one change: far cheaper
     * for a long text than replacing the text and then setting its styles.
     */
    void showPrepared(StyleSpans<SpanStyle> spans) {
        String[] lines = shown.split("\n", -1);
        List<List<String>> paragraphs = new ArrayList<>(lines.length);
        for (String line : lines) paragraphs.add(List.of(line));
        ReadOnlyStyledDocument<Void, String, SpanStyle> doc = new ReadOnlyStyledDocumentBuilder<Void, String, SpanStyle>(
                getSegOps(), null).addParagraphs(paragraphs, withoutLineBreaks(spans, lines)).build();
        replace(0, getLength(), doc);
        styles = spans;
        moveTo(0);
    }

    /** The builder styles paragraph texts only: the line breaks between them are taken out of the spans. */
    private static StyleSpans<SpanStyle> withoutLineBreaks(StyleSpans<SpanStyle> spans, String[] lines) {
        StyleSpansBuilder<SpanStyle> out = new StyleSpansBuilder<>(spans.getSpanCount() + 1);
        out.add(SpanStyle.PLAIN, 0);
        int line = 0;
        int left = lines[0].length();
        for (StyleSpan<SpanStyle> span : spans) {
            int length = span.getLength();
            while (length > 0) {
                if (left == 0) {
                    if (line == lines.length - 1) break;
                    length--;
                    left = lines[++line].length();
                    continue;
                }
                int take = Math.min(length, left);
                out.add(span.getStyle(), take);
                length -= take;
                left -= take;
            }
        }
        return out.create();
    }

    /** Restyles only the range where the new spans differ from those shown. */
    void applyStyles(StyleSpans<SpanStyle> spans) {
        if (getLength() == 0 || getLength() != shown.length()) return;
        int[] changed = styles == null ? new int[]{0, getLength()} : SpanDiff.changedRange(styles, spans);
        styles = spans;
        if (changed != null) setStyleSpans(changed[0], spans.subView(changed[0], changed[1]));
    }

    /** The text shown, as the area holds it (UTF-16 indices are the document's). */
    String shownText() {
        return shown;
    }

    OffsetMap offsets() {
        return offsets;
    }

    /** The code-point offset of the start of a paragraph. */
    int paragraphStartCodePoint(int paragraph) {
        return offsets.toCodePoint(getAbsolutePosition(paragraph, 0));
    }

    static String displayable(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && (c < ' ' || c == '\u2028' || c == '\u2029' || c == '\u0085')) {
                if (out == null) out = new StringBuilder(text);
                out.setCharAt(i, c == '\t' ? '\t' : ' ');
            }
        }
        return out == null ? text : out.toString();
    }
}
