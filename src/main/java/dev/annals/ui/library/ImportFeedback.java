package dev.annals.ui.library;

import dev.annals.logic.library.ImportReport;
import dev.annals.logic.library.ImportResult;
import dev.annals.ui.common.DialogButtons;
import dev.annals.model.DateSource;
import dev.annals.ui.common.Dialogs;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Popups;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.util.List;
import java.util.function.Function;

/** After an import: a notification with the counts and, when some files were not imported, a details dialog. */
final class ImportFeedback {

    private final I18n i18n;
    private final Node owner;

    ImportFeedback(I18n i18n, Node owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    void show(ImportSummary summary) {
        String text = i18n.t("library.import.summary", summary.imported(), summary.duplicates(), summary.failed())
                + (summary.imported() > 0 ? "\n" + datesLine(summary) : "")
                + (summary.cancelled() ? "\n" + i18n.t("library.import.cancelled") : "");
        Notifications notification = Notifications.create()
                .title(i18n.t("library.import.title"))
                .text(text)
                .hideAfter(Duration.seconds(summary.notImported().isEmpty() ? 6 : 15));
        if (owner.getScene() != null) notification.owner(owner.getScene().getWindow());
        if (!summary.notImported().isEmpty()) {
            notification.action(new Action(i18n.t("library.import.details"), e -> showDetails(summary)));
        }
        if (summary.failed() > 0) notification.showWarning();
        else notification.showInformation();
        if (owner.getScene() != null) Popups.matchOwner(owner.getScene().getWindow());
    }

    /** "12 with a date (header 9, byline 3) · 1 without a date · 0 without a title". */
    String datesLine(ImportSummary summary) {
        ImportReport report = ImportReport.of(summary.results());
        StringBuilder sources = new StringBuilder();
        for (DateSource source : DateSource.values()) {
            if (report.from(source) == 0) continue;
            sources.append(sources.isEmpty() ? " (" : ", ").append(i18n.t("library.dateSource." + source.id())).append(' ').append(report.from(source));
        }
        if (!sources.isEmpty()) sources.append(')');
        return i18n.t("library.import.dates", report.dated(), sources.toString(), report.undated(), report.untitled());
    }

    void showDetails(ImportSummary summary) {
        TableView<ImportResult> table = new TableView<>();
        table.setId("importDetailsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("file", 320, ImportResult::path),
                column("result", 130, r -> i18n.t("library.import.status." + r.status().jsonName())),
                column("reason", 360, this::reason)));
        table.getItems().setAll(summary.notImported());
        table.setPrefSize(820, 320);
        Alert alert = new Alert(Alert.AlertType.NONE, "", DialogButtons.close(i18n));
        alert.setTitle(i18n.t("library.import.title"));
        alert.setHeaderText(i18n.t("library.import.summary", summary.imported(), summary.duplicates(), summary.failed())
                + "\n" + datesLine(summary));
        alert.getDialogPane().setContent(table);
        alert.getDialogPane().setId("importDetailsDialog");
        alert.setResizable(true);
        Dialogs.own(alert, owner).show();
    }

    private String reason(ImportResult r) {
        if (r.status() == ImportResult.Status.DUPLICATE) return i18n.t("library.import.duplicateOf", r.id() == null ? "?" : r.id());
        return r.error() == null ? "" : r.error();
    }

    private TableColumn<ImportResult, String> column(String key, double width, Function<ImportResult, String> value) {
        TableColumn<ImportResult, String> column = new TableColumn<>(i18n.t("library.import.column." + key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
