package dev.annals.ui.export;

import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.qda.ProjectImportReport;
import dev.annals.logic.qda.ProjectImportService;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * File → Import project: reads a REFI-QDA project (.qdpx) or codebook (.qdc) in the background and says what it
 * imported, merged and left out, or why nothing was imported. What it adds reaches the library's views through
 * the library's changes.
 */
public final class ImportProjectViewModel {

    private static final int LISTED = 8;

    private final ProjectImportService importer;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> failed = new ReadOnlyObjectWrapper<>();

    public ImportProjectViewModel(ProjectImportService importer, BackgroundTasks tasks, I18n i18n) {
        this.importer = importer;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    public void importFile(Path file) {
        failed.set(null);
        boolean codebook = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc");
        tasks.submit(i18n.t("project.title"), p -> codebook ? importer.importCodebook(file) : importer.importProject(file), report -> {
            message.set(summary(report));
            failed.set(false);
        }, error -> {
            message.set(error instanceof FormatException ? i18n.t("project.failed", error.getMessage()) : ExportErrors.describe(error, i18n));
            failed.set(true);
        });
    }

    private String summary(ProjectImportReport r) {
        String counts = i18n.t("project.done", r.sources().imported(), r.sources().merged(), r.sources().skipped(),
                r.codes().imported(), r.codes().merged(), r.codes().skipped(),
                r.selections().imported(), r.selections().merged(), r.selections().skipped(), r.memos());
        var skipped = r.items().stream().filter(i -> i.status().equals(ProjectImportReport.SKIPPED)).toList();
        if (skipped.isEmpty()) return counts;
        String listed = skipped.stream().limit(LISTED).map(i -> "• " + (i.name() == null ? "" : i.name() + ": ") + i.reason())
                .collect(Collectors.joining("\n"));
        String more = skipped.size() > LISTED ? "\n" + i18n.t("project.more", skipped.size() - LISTED) : "";
        return counts + "\n\n" + i18n.t("project.leftOut") + "\n" + listed + more;
    }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Null while nothing has finished; then whether nothing could be imported. */
    public ReadOnlyObjectProperty<Boolean> failedProperty() { return failed.getReadOnlyProperty(); }
}
