package dev.annals.ui.export;

import dev.annals.logic.export.AnnotationImportReport;
import dev.annals.logic.export.AnnotationImportService;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;

/** File → Import annotations: reads a Web Annotation file in the background and says what it placed. */
public final class ImportAnnotationsViewModel {

    private final AnnotationImportService importer;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AnnotationImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Boolean> failed = new ReadOnlyObjectWrapper<>();

    public ImportAnnotationsViewModel(AnnotationImportService importer, BackgroundTasks tasks, I18n i18n) {
        this.importer = importer;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    public void importFile(Path file) {
        failed.set(null);
        tasks.submit(i18n.t("import.title"), p -> importer.importFile(file, i18n.t("import.untaggedTheme")), result -> {
            report.set(result);
            failed.set(false);
            message.set(i18n.t("import.done", result.anchored(), result.orphaned(), result.skipped(), result.unknownDocuments()));
        }, error -> {
            failed.set(true);
            message.set(ExportErrors.describe(error, i18n));
        });
    }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<AnnotationImportReport> reportProperty() { return report.getReadOnlyProperty(); }

    /** Null while nothing has finished; then whether the file could not be read at all. */
    public ReadOnlyObjectProperty<Boolean> failedProperty() { return failed.getReadOnlyProperty(); }
}
