package dev.annals.ui.shell;

import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.Dialogs;
import dev.annals.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Alert;

/** Help > About: the version and where the library is. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Node owner, I18n i18n, MainWindow.Info info) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.ok(i18n));
        alert.setTitle(i18n.t("shell.about.title"));
        alert.setHeaderText(i18n.t("shell.about.header", info.version()));
        alert.setContentText(i18n.t("shell.about.text", info.libraryFolder().toAbsolutePath().toString()));
        alert.getDialogPane().setId("aboutDialog");
        Dialogs.own(alert, owner).show();
    }
}
