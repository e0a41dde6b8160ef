package dev.annals.app;

import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Alert;

import java.nio.file.Path;

/** Tells the user why the library cannot be opened (in use, damaged, newer, unreadable) and what to do. */
final class LibraryUnavailableDialog {

    private LibraryUnavailableDialog() {
    }

    static void show(I18n i18n, Path folder, LibraryUnavailableException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", DialogButtons.close(i18n));
        alert.setTitle(i18n.t("shell.unavailable.title"));
        alert.setHeaderText(i18n.t("shell.unavailable." + e.reason().name()));
        alert.setContentText(i18n.t("shell.unavailable.details", folder.toAbsolutePath().toString(), e.getMessage()));
        alert.getDialogPane().setId("libraryUnavailableDialog");
        alert.showAndWait();
    }
}
