package dev.annals.ui.reader;

import javafx.scene.paint.Color;
import org.fxmisc.richtext.TextExt;

import java.util.List;

/**
 * The style of a run of text: the annotations covering it (ids, for hit testing and tests), the blended tint and
 * underline of their themes, and whether it is a find match (then the tint is the find mark's).
 */
public record SpanStyle(List<Long> annotationIds, Color tint, Color underline, double underlineWidth, FindMark find) {

    public enum FindMark { NONE, MATCH, CURRENT }

    public static final SpanStyle PLAIN = new SpanStyle(List.of(), null, null, 0, FindMark.NONE);


    /** The tints a highlight can have: one annotation, each overlap more, up to the strongest. */
    public static List<Double> highlightAlphas() {
        List<Double> alphas = new java.util.ArrayList<>();
        for (double a = SpanStyles.SINGLE_ALPHA; a < SpanStyles.MAX_ALPHA; a += SpanStyles.EXTRA_ALPHA) alphas.add(a);
        alphas.add(SpanStyles.MAX_ALPHA);
        return alphas;
    }

    public SpanStyle {
        annotationIds = List.copyOf(annotationIds);
    }

    /** Paints a text node of the area with this style. */
    static void apply(TextExt text, SpanStyle style) {
        text.setBackgroundColor(style.tint);
        text.setUnderlineColor(style.underline);
        text.setUnderlineWidth(style.underline == null ? null : style.underlineWidth);
        if (style.underline != null) text.setUnderlineOffset(1.5);
    }
}
