package dev.annals.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Applies the theme mode and the UI font size to a scene. Light and dark are AtlantaFX user-agent stylesheets;
 * sepia (on light) and high contrast (on dark) add a stylesheet that redefines AtlantaFX's colour variables. The font size is set on the root,
 * so everything sized in em follows it.
 */
public final class Appearance {

    public static final double BASE_FONT_PX = dev.annals.ui.common.ColumnWidths.BASE_FONT_PX;
    private static final String BASE = stylesheet("annals.css");
    private static final String SEPIA = stylesheet("sepia.css");
    private static final String DARK = stylesheet("dark.css");
    private static final String HIGH_CONTRAST = stylesheet("high-contrast.css");

    private Appearance() {
    }

    public static void apply(Scene scene, ThemeMode mode, double scale) {
        boolean dark = mode == ThemeMode.DARK || mode == ThemeMode.HIGH_CONTRAST;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        var sheets = scene.getStylesheets();
        sheets.removeAll(List.of(BASE, SEPIA, DARK, HIGH_CONTRAST));
        sheets.add(0, BASE);
        if (mode == ThemeMode.SEPIA) sheets.add(1, SEPIA);
        if (dark) sheets.add(1, DARK);
        if (mode == ThemeMode.HIGH_CONTRAST) sheets.add(2, HIGH_CONTRAST);
        sheets.removeIf(s -> s.startsWith("data:text/css"));
        sheets.add(IconSizes.stylesheet(scale));
        Parent root = scene.getRoot();
        root.getStyleClass().removeIf(c -> c.startsWith("mode-"));
        root.getStyleClass().add("mode-" + mode.id());
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale));
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(Appearance.class.getResource(name), name).toExternalForm();
    }
}
