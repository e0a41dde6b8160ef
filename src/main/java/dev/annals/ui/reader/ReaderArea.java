package dev.annals.ui.reader;

import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.undo.UndoManagerFactory;

/**
 * The reading surface: a read-only styled text area whose runs carry {@link SpanStyle}s. It holds the text with
 * every line-break-like control char but '\n' shown as a space, so its UTF-16 indices stay those of the document.
 */
final class ReaderArea extends StyledTextArea<Void, SpanStyle> {

    private OffsetMap offsets = new OffsetMap("");

    ReaderArea() {
        super(null, (flow, ps) -> { }, SpanStyle.PLAIN, SpanStyle::apply,
                new SimpleEditableStyledDocument<>(null, SpanStyle.PLAIN), true);
        setId("readerArea");
        getStyleClass().add("reader-area");
        setEditable(false);
        setWrapText(true);
        setUndoManager(UndoManagerFactory.zeroHistoryMultiChangeUM(multiPlainChanges()));
    }

    /** Shows a new text, unstyled, with the caret at the start. */
    void showText(String text) {
        String shown = displayable(text);
        offsets = new OffsetMap(shown);
        replaceText(shown);
        moveTo(0);
    }

    void applyStyles(StyleSpans<SpanStyle> spans) {
        if (getLength() > 0) setStyleSpans(0, spans);
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
