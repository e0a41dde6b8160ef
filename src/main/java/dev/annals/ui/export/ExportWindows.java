package dev.annals.ui.export;

import dev.annals.logic.export.AnnotationImportService;
import dev.annals.logic.export.ExportService;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

/** Entry points for the main window's File menu: Export notes… and Import annotations…. */
public final class ExportWindows {

    private ExportWindows() {
    }

    public static void openExport(ExportService exporter, Supplier<List<Theme>> themes, Supplier<List<DocumentSummary>> documents,
                                  BackgroundTasks tasks, I18n i18n, LastFolder folder, Window owner) {
        ExportViewModel model = new ExportViewModel(exporter, themes, documents, tasks, i18n, folder);
        new ExportDialog(model, i18n).show(owner);
    }

    public static void importAnnotations(AnnotationImportService importer, BackgroundTasks tasks, I18n i18n, LastFolder folder,
                                         Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("import.title"));
        folder.get().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("export.format.jsonld"), "*.jsonld", "*.json"));
        File picked = chooser.showOpenDialog(owner);
        if (picked == null) return;
        ImportAnnotationsViewModel model = new ImportAnnotationsViewModel(importer, tasks, i18n);
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
