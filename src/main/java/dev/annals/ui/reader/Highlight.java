package dev.annals.ui.reader;

import dev.annals.model.Span;
import javafx.scene.paint.Color;

/**
 * One annotation as the text area paints it: its code-point range, the colour its theme tints the text with and
 * the one its stripe and underline are drawn in (both shades of the theme's colour fit for the page, see {@link Ink}).
 */
public record Highlight(long annotationId, long themeId, Span range, Color color, Color mark) {
}
