package dev.annals.app;

import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.nio.file.Path;

/** Tells the user why the library cannot be opened (in use, damaged, newer, unreadable) and what to do. */
final class LibraryUnavailableDialog {

    private LibraryUnavailableDialog() {
    }

    static void show(I18n i18n, Path folder, LibraryUnavailableException e) {
        show(i18n, folder, e, null);
    }

    /** With {@code restoreLabel}, also offers to restore a backup; true when the user chose that. */
    static boolean show(I18n i18n, Path folder, LibraryUnavailableException e, String restoreLabel) {
        ButtonType restore = restoreLabel == null ? null : new ButtonType(restoreLabel, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType close = DialogButtons.close(i18n);
        Alert alert = restore == null ? new Alert(Alert.AlertType.ERROR, "", close) : new Alert(Alert.AlertType.ERROR, "", restore, close);
        alert.setTitle(i18n.t("shell.unavailable.title"));
        alert.setHeaderText(i18n.t("shell.unavailable." + e.reason().name()));
        alert.setContentText(i18n.t("shell.unavailable.details", folder.toAbsolutePath().toString(), e.getMessage()));
        alert.getDialogPane().setId("libraryUnavailableDialog");
        return alert.showAndWait().filter(b -> b == restore).isPresent();
    }
}
