package dev.annals.ui.export;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/** Entry points for the main window's File menu: Export notes…, Import annotations… and Import project…. */
public final class ExportWindows {

    private ExportWindows() {
    }

    public static void openExport(LibrarySession session, BackgroundTasks tasks, I18n i18n, Window owner) {
        ExportViewModel model = new ExportViewModel(session.export().exporter(), () -> session.themes().list(),
                () -> session.documents().list(), tasks, i18n, LastFolder.inPreferences());
        new ExportDialog(model, i18n).show(owner);
    }

    public static void importAnnotations(LibrarySession session, BackgroundTasks tasks, I18n i18n, Window owner) {
        File picked = choose(i18n.t("import.title"), new FileChooser.ExtensionFilter(i18n.t("export.format.jsonld"), "*.jsonld", "*.json"), owner);
        if (picked == null) return;
        ImportAnnotationsViewModel model = new ImportAnnotationsViewModel(session.export().importer(), tasks, i18n);
        report(model.failedProperty(), model.messageProperty(), i18n.t("import.title"), owner);
        model.importFile(picked.toPath());
    }

    /** File › Import project…: a REFI-QDA project or codebook; {@code afterImport} reloads what shows the library. */
    public static void importProject(LibrarySession session, BackgroundTasks tasks, I18n i18n, Window owner, Runnable afterImport) {
        File picked = choose(i18n.t("project.title"), new FileChooser.ExtensionFilter(i18n.t("project.filter"), "*.qdpx", "*.qdc"), owner);
        if (picked == null) return;
        ImportProjectViewModel model = new ImportProjectViewModel(session.projects(), tasks, i18n, afterImport);
        report(model.failedProperty(), model.messageProperty(), i18n.t("project.title"), owner);
        model.importFile(picked.toPath());
    }

    private static File choose(String title, FileChooser.ExtensionFilter filter, Window owner) {
        LastFolder folder = LastFolder.inPreferences();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        folder.get().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.getExtensionFilters().add(filter);
        return chooser.showOpenDialog(owner);
    }

    private static void report(javafx.beans.value.ObservableValue<Boolean> failed, javafx.beans.value.ObservableValue<String> message,
                               String title, Window owner) {
        failed.addListener((o, was, now) -> {
            if (now == null) return;
            Alert alert = new Alert(now ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, message.getValue());
            alert.setTitle(title);
            alert.setHeaderText(null);
            alert.getDialogPane().setId(now ? "importFailedDialog" : "importDoneDialog");
            alert.initOwner(owner);
            alert.show();
        });
    }
}
