package dev.annals.ui.reader;

import javafx.scene.paint.Color;
import org.fxmisc.richtext.TextExt;

import java.util.List;

/**
 * The style of a run of text: the annotations covering it (ids, for hit testing and tests), the blended tint and
 * underline of their themes, and whether it is a find match.
 */
public record SpanStyle(List<Long> annotationIds, Color tint, Color underline, double underlineWidth, FindMark find) {

    public enum FindMark { NONE, MATCH, CURRENT }

    public static final SpanStyle PLAIN = new SpanStyle(List.of(), null, null, 0, FindMark.NONE);

    private static final Color MATCH = Color.web("#f2c94c", 0.55);
    private static final Color CURRENT = Color.web("#f2994a", 0.85);

    public SpanStyle {
        annotationIds = List.copyOf(annotationIds);
    }

    /** Paints a text node of the area with this style. */
    static void apply(TextExt text, SpanStyle style) {
        Color background = switch (style.find) {
            case MATCH -> MATCH;
            case CURRENT -> CURRENT;
            case NONE -> style.tint;
        };
        text.setBackgroundColor(background);
        text.setUnderlineColor(style.underline);
        text.setUnderlineWidth(style.underline == null ? null : style.underlineWidth);
        if (style.underline != null) text.setUnderlineOffset(1.5);
    }
}
