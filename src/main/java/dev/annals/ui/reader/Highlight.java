package dev.annals.ui.reader;

import dev.annals.model.Span;
import javafx.scene.paint.Color;

/** One annotation as the text area paints it: its code-point range and its theme's colour. */
public record Highlight(long annotationId, long themeId, Span range, Color color) {
}
