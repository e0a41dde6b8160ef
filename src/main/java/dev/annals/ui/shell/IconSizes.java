package dev.annals.ui.shell;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Ikonli's icon sizes are pixels, not em, so they would stay small while the text grows with the interface zoom.
 * The window gets, for its zoom, a stylesheet (a data: URL) that scales each icon size the stylesheets give.
 */
final class IconSizes {

    /** Each selector that sizes icons in the stylesheets, and its size at 100%. */
    static final Map<String, Integer> SIZES = Map.of(
            ".ikonli-font-icon", 16,
            ".main-window .tool-bar .ikonli-font-icon", 20,
            ".sidebar .nav-button .ikonli-font-icon", 24,
            ".empty-state-icon", 64,
            ".timeline-title-icon", 22);

    private IconSizes() {
    }

    static String stylesheet(double scale) {
        StringBuilder css = new StringBuilder("/* icon sizes at this zoom */\n");
        SIZES.forEach((selector, px) -> css.append(String.format(Locale.ROOT, "%s { -fx-icon-size: %dpx; }%n", selector,
                Math.round(px * scale))));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }
}
