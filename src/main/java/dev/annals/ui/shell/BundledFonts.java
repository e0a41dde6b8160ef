package dev.annals.ui.shell;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;

/**
 * Registers the bundled Noto fonts (full Vietnamese coverage, SIL OFL) with JavaFX, so "Noto Sans" (interface)
 * and "Noto Serif" (reading) render diacritics the same on every OS.
 */
public final class BundledFonts {

    public static final String UI_FAMILY = "Noto Sans";
    public static final String READING_FAMILY = "Noto Serif";
    private static final Logger LOG = Logger.getLogger(BundledFonts.class.getName());
    private static final List<String> FILES = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
            "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf");

    private BundledFonts() {
    }

    /** Loads every bundled font; returns how many loaded (a missing one is logged, the OS font is used instead). */
    public static int load() {
        int loaded = 0;
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + file)) {
                if (in != null && Font.loadFont(in, Appearance.BASE_FONT_PX) != null) {
                    loaded++;
                } else {
                    LOG.warning("bundled font not loaded: " + file);
                }
            } catch (IOException e) {
                LOG.warning("bundled font not readable: " + file + ": " + e.getMessage());
            }
        }
        return loaded;
    }
}
