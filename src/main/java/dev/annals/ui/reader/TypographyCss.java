package dev.annals.ui.reader;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Line height and paragraph spacing in pixels for the current font size, as a small data-URI stylesheet. Articles
 * separate paragraphs with a blank line, which already gives a line of space, so the box adds little below it.
 * RichTextFX's paragraph nodes do not resolve em units against the area's font, so they are computed here.
 */
final class TypographyCss {

    private TypographyCss() {
    }

    static String forSize(double fontSize) {
        String css = String.format(Locale.ROOT,
                ".reader-area .paragraph-text { -fx-line-spacing: %.1fpx; }%n"
                        + ".reader-area .paragraph-box { -fx-padding: 0 0 %.1fpx 0; }%n",
                fontSize * 0.5, fontSize * 0.15);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
