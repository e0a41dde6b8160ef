package dev.annals.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;

/** Gives a dialog its owner window and the owner's look (theme mode, font size), so it matches the window. */
public final class Dialogs {

    private Dialogs() {
    }

    public static <T> Dialog<T> own(Dialog<T> dialog, Node anyNodeOfOwner) {
        Scene scene = anyNodeOfOwner == null ? null : anyNodeOfOwner.getScene();
        if (scene == null) return dialog;
        if (scene.getWindow() != null) dialog.initOwner(scene.getWindow());
        dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        Parent root = scene.getRoot();
        dialog.getDialogPane().setStyle(root.getStyle());
        root.getStyleClass().stream().filter(c -> c.startsWith("mode-"))
                .forEach(c -> dialog.getDialogPane().getStyleClass().add(c));
        return dialog;
    }
}
