package dev.annals.ui.export;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/** Entry points for the main window's File menu: Export notes… and Import annotations…. */
public final class ExportWindows {

    private ExportWindows() {
    }

    public static void openExport(LibrarySession session, BackgroundTasks tasks, I18n i18n, Window owner) {
        ExportViewModel model = new ExportViewModel(session.export().exporter(), () -> session.themes().list(),
                () -> session.documents().list(), tasks, i18n, LastFolder.inPreferences());
        new ExportDialog(model, i18n).show(owner);
    }

    public static void importAnnotations(LibrarySession session, BackgroundTasks tasks, I18n i18n, Window owner) {
        LastFolder folder = LastFolder.inPreferences();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("import.title"));
        folder.get().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("export.format.jsonld"), "*.jsonld", "*.json"));
        File picked = chooser.showOpenDialog(owner);
        if (picked == null) return;
        ImportAnnotationsViewModel model = new ImportAnnotationsViewModel(session.export().importer(), tasks, i18n);
        model.failedProperty().addListener((o, was, failed) -> {
            if (failed == null) return;
            Alert alert = new Alert(failed ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, model.messageProperty().get());
            alert.setTitle(i18n.t("import.title"));
            alert.setHeaderText(null);
            alert.initOwner(owner);
            alert.show();
        });
        model.importFile(picked.toPath());
    }
}
