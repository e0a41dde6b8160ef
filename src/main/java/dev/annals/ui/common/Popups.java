package dev.annals.ui.common;

import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import java.util.Objects;

/**
 * Gives the popups of a window (e.g. ControlsFX notifications) the window's look: its stylesheets (theme mode),
 * its font size, and the few Modena colour names ControlsFX's popup CSS expects, mapped to the theme's colours.
 */
public final class Popups {

    private static final String MODENA_NAMES = Objects.requireNonNull(
            Popups.class.getResource("popups.css"), "popups.css").toExternalForm();

    private Popups() {
    }

    public static void matchOwner(Window owner) {
        if (owner == null || owner.getScene() == null) return;
        Scene ownerScene = owner.getScene();
        for (Window window : Window.getWindows()) {
            if (!(window instanceof PopupWindow popup) || popup.getOwnerWindow() != owner || popup.getScene() == null) continue;
            var sheets = popup.getScene().getStylesheets();
            sheets.setAll(ownerScene.getStylesheets());
            sheets.add(MODENA_NAMES);
            popup.getScene().getRoot().setStyle(ownerScene.getRoot().getStyle());
        }
    }
}
