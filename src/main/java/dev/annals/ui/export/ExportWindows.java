package dev.annals.ui.export;

import dev.annals.logic.export.AnnotationImportService;
import dev.annals.logic.export.ExportService;
import dev.annals.logic.qda.ProjectImportService;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

/** Entry points for the main window's File menu: Export notes…, Import annotations… and Import project…. */
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
        File picked = choose(i18n.t("import.title"), new FileChooser.ExtensionFilter(i18n.t("export.format.jsonld"), "*.jsonld", "*.json"),
                folder, owner);
        if (picked == null) return;
        ImportAnnotationsViewModel model = new ImportAnnotationsViewModel(importer, tasks, i18n);
        report(model.failedProperty(), model.messageProperty(), i18n.t("import.title"), i18n, owner);
        model.importFile(picked.toPath());
    }

    /** File › Import project…: a REFI-QDA project or codebook. The views follow what it adds through the library's changes. */
    public static void importProject(ProjectImportService importer, BackgroundTasks tasks, I18n i18n, LastFolder folder, Window owner) {
        File picked = choose(i18n.t("project.title"), new FileChooser.ExtensionFilter(i18n.t("project.filter"), "*.qdpx", "*.qdc"),
                folder, owner);
        if (picked == null) return;
        ImportProjectViewModel model = new ImportProjectViewModel(importer, tasks, i18n);
        report(model.failedProperty(), model.messageProperty(), i18n.t("project.title"), i18n, owner);
        model.importFile(picked.toPath());
    }

    private static File choose(String title, FileChooser.ExtensionFilter filter, LastFolder folder, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        folder.get().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.getExtensionFilters().add(filter);
        return chooser.showOpenDialog(owner);
    }

    private static void report(javafx.beans.value.ObservableValue<Boolean> failed, javafx.beans.value.ObservableValue<String> message,
                               String title, I18n i18n, Window owner) {
        failed.addListener((o, was, now) -> {
            if (now == null) return;
            Alert alert = new Alert(now ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, message.getValue(), DialogButtons.ok(i18n));
            alert.setTitle(title);
            alert.setHeaderText(null);
            alert.getDialogPane().setId(now ? "importFailedDialog" : "importDoneDialog");
            alert.initOwner(owner);
            alert.show();
        });
    }
}
