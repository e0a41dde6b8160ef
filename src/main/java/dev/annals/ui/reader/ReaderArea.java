package dev.annals.ui.reader;

import dev.annals.ui.common.FocusSteps;
import javafx.scene.AccessibleAttribute;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.AccessibleRole;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.undo.UndoManagerFactory;

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
        // RichTextFX says nothing to a screen reader: answer as JavaFX's own TextArea does, so the article is read
        setAccessibleRole(AccessibleRole.TEXT_AREA);
        caretPositionProperty().addListener(o -> notifyAccessibleAttributeChanged(AccessibleAttribute.CARET_OFFSET));
        selectionProperty().addListener(o -> {
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTION_START);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTION_END);
        });
        textProperty().addListener(o -> notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !isEditable() && !e.isControlDown() && !e.isAltDown()) {
                FocusSteps.move(this, !e.isShiftDown());
                e.consume();
            }
        });
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case TEXT -> getText();
            case CARET_OFFSET -> getCaretPosition();
            case SELECTION_START -> getSelection().getStart();
            case SELECTION_END -> getSelection().getEnd();
            case EDITABLE -> isEditable();
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
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
        ReadOnlyStyledDocumentBuilder<Void, String, SpanStyle> builder = new ReadOnlyStyledDocumentBuilder<>(getSegOps(), null);
        for (List<StyledSegment<String, SpanStyle>> paragraph : StyledParagraphs.of(shown, spans)) builder.addParagraph(paragraph);
        replace(0, getLength(), builder.build());
        styles = spans;
        moveTo(0);
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
