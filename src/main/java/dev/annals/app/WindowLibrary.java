package dev.annals.app;

import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.LibraryMaintenance;
import dev.annals.logic.library.LibraryMaintenance.Backup;
import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.ui.backup.RestoreDialog;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The library behind the window: opens it and shows the window, and puts a backup in its place when the user asks
 * (File › Restore from backup…, or the offer made when the library is found damaged at open or later). A restore
 * closes the session, restores on a background thread, then opens the library again and rebuilds the window.
 */
final class WindowLibrary {

    private static final Logger LOG = Logger.getLogger(WindowLibrary.class.getName());

    private final Stage stage;
    private final Path folder;
    private final LibraryOpener opener;
    private final LibraryMaintenance maintenance;
    private final BackgroundTasks tasks;
    private final Function<LibrarySession, DesktopWindow> windows;
    private final I18n i18n;
    private final String lang;
    private LibrarySession session;
    private DesktopWindow window;
    private boolean restoring;

    WindowLibrary(Stage stage, Path folder, LibraryOpener opener, LibraryMaintenance maintenance, BackgroundTasks tasks,
                  Function<LibrarySession, DesktopWindow> windows, String lang) {
        this.stage = stage;
        this.folder = folder;
        this.opener = opener;
        this.maintenance = maintenance;
        this.tasks = tasks;
        this.windows = windows;
        this.lang = lang;
        this.i18n = I18n.forLanguage(lang);
    }

    LibrarySession session() {
        return session;
    }

    DesktopWindow window() {
        return window;
    }

    /** Opens the library and shows the window; false when it cannot be opened and the user did not restore a backup. */
    boolean open() {
        LibrarySession opened;
        try {
            opened = opener.open(folder);
        } catch (LibraryUnavailableException e) {
            LOG.log(Level.WARNING, "library unavailable", e);
            boolean restorable = e.reason() == LibraryUnavailableException.Reason.CORRUPT
                    || e.reason() == LibraryUnavailableException.Reason.UNREADABLE;
            if (LibraryUnavailableDialog.show(i18n, folder, e, restorable ? i18n.t("backup.damaged.restore") : null)) {
                return chooseAndRestore();
            }
            return false;
        }
        session = opened;
        restoring = false;
        window = windows.apply(opened);
        window.onRestoreBackup(this::chooseAndRestore);
        window.show(lang);
        opened.whenDamaged(e -> Platform.runLater(() -> offerRestore(e)));
        return true;
    }

    private void offerRestore(RuntimeException damage) {
        ButtonType restore = new ButtonType(i18n.t("backup.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, i18n.t("backup.damaged.details", damage.getMessage()), restore, DialogButtons.close(i18n));
        alert.setTitle(i18n.t("backup.damaged.title"));
        alert.setHeaderText(i18n.t("backup.damaged.header"));
        alert.getDialogPane().setId("libraryDamagedDialog");
        if (stage.getScene() != null) alert.initOwner(stage);
        if (alert.showAndWait().filter(restore::equals).isPresent()) chooseAndRestore();
    }

    /** Shows the backups; when one is chosen, restores it and opens the library again. False when nothing was restored. */
    boolean chooseAndRestore() {
        if (restoring) return false;
        List<Backup> backups = maintenance.backups(folder);
        Backup chosen = RestoreDialog.choose(backups, i18n, stage.getScene() == null ? null : stage).orElse(null);
        if (chosen == null) return false;
        restoring = true;
        Label working = new Label(i18n.t("backup.restore.working"));
        working.setPadding(new javafx.geometry.Insets(24));
        if (stage.getScene() != null) {
            stage.getScene().setRoot(working);
        } else { // a window must stay open while the backup is restored, or JavaFX ends with the last one
            stage.setScene(new javafx.scene.Scene(working));
            stage.show();
        }
        LibrarySession closing = session;
        session = null;
        tasks.submit(i18n.t("backup.restore.working"), progress -> {
            if (closing != null) closing.close();
            return maintenance.restore(folder, chosen.file());
        }, restored -> {
            LOG.info(() -> "restored " + restored.from().file() + "; replaced file kept as " + restored.movedAside());
            if (!open()) Platform.exit();
        }, error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, i18n.t("backup.restore.failed", error.getMessage()), DialogButtons.ok(i18n));
            alert.setHeaderText(i18n.t("backup.restore.title"));
            alert.showAndWait();
            if (!open()) Platform.exit();
        });
        return true;
    }

    void close() {
        if (session != null) session.close();
        session = null;
    }
}
