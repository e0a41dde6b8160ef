package dev.annals.ui.reader;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The reading font, its size, line height and paragraph spacing in pixels, as a small data-URI stylesheet. Articles
 * separate paragraphs with a blank line, which already gives a line of space, so the box adds little below it.
 * RichTextFX's paragraph nodes do not resolve em units against the area's font, so they are computed here. The font
 * is set on the paragraphs' text only: a style on the area, or on every ".text" under it, would reach its context menu.
 */
final class TypographyCss {

    private TypographyCss() {
    }

    static String forSize(double fontSize, String family) {
        String css = String.format(Locale.ROOT,
                ".reader-area .paragraph-text .text { -fx-font-family: '%s'; -fx-font-size: %.1fpx; }%n"
                        + ".reader-area .paragraph-text { -fx-line-spacing: %.1fpx; }%n"
                        + ".reader-area .paragraph-box { -fx-padding: 0 0 %.1fpx 0; }%n",
                family.replace("'", ""), fontSize, fontSize * 0.5, fontSize * 0.15);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
