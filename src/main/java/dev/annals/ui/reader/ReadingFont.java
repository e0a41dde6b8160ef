package dev.annals.ui.reader;

import javafx.scene.text.Font;

import java.util.List;

/**
 * The reading font: the first installed family of a list that covers Vietnamese fully (the app bundles Noto;
 * the others are common system fonts), because JavaFX CSS does not fall back through a family list.
 */
final class ReadingFont {

    static final List<String> CANDIDATES = List.of("Noto Serif", "Noto Sans", "Be Vietnam Pro", "Source Serif 4",
            "DejaVu Serif", "Georgia", "Cambria", "Times New Roman", "Segoe UI", "DejaVu Sans");

    private static String family;

    private ReadingFont() {
    }

    static synchronized String family() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = CANDIDATES.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
        }
        return family;
    }
}
