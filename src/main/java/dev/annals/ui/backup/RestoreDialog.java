package dev.annals.ui.backup;

import dev.annals.logic.library.LibraryMaintenance.Backup;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Restore from backup…": the backups with their date and what they hold, newest first and selected. A backup
 * that cannot be used is listed with the reason and cannot be chosen. Says that the current file is kept.
 */
public final class RestoreDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private RestoreDialog() {
    }

    /** Asks which backup to restore; empty when the user cancels. */
    public static Optional<Backup> choose(List<Backup> backups, I18n i18n, Window owner) {
        Dialog<Backup> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle(i18n.t("backup.restore.title"));
        dialog.setHeaderText(backups.isEmpty() ? i18n.t("backup.restore.none") : i18n.t("backup.restore.header"));
        TableView<Backup> table = table(backups, i18n);
        Label kept = new Label(i18n.t("backup.restore.kept"));
        kept.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, table, kept));
        dialog.getDialogPane().setId("restoreDialog");
        ButtonType restore = new ButtonType(i18n.t("backup.restore.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, DialogButtons.cancel(i18n));
        dialog.getDialogPane().lookupButton(restore).setId("restoreButton");
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> table.getSelectionModel().getSelectedItem() == null || !table.getSelectionModel().getSelectedItem().usable(),
                table.getSelectionModel().selectedItemProperty()));
        dialog.setResultConverter(button -> button == restore ? table.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    private static TableView<Backup> table(List<Backup> backups, I18n i18n) {
        TableView<Backup> table = new TableView<>(FXCollections.observableArrayList(backups));
        table.setId("backupTable");
        table.setPrefSize(640, 220);
        table.getColumns().add(column(i18n.t("backup.column.date"), b -> WHEN.format(b.created()), 150));
        table.getColumns().add(column(i18n.t("backup.column.why"), b -> i18n.t("backup.why." + b.why()).startsWith("backup.why.")
                ? b.why() : i18n.t("backup.why." + b.why()), 130));
        table.getColumns().add(column(i18n.t("backup.column.documents"), b -> count(b.documents()), 90));
        table.getColumns().add(column(i18n.t("backup.column.annotations"), b -> count(b.annotations()), 90));
        table.getColumns().add(column(i18n.t("backup.column.state"), b -> b.usable() ? i18n.t("backup.usable") : i18n.t("backup.unusable", b.problem()), 170));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        backups.stream().filter(Backup::usable).findFirst().ifPresent(b -> table.getSelectionModel().select(b));
        return table;
    }

    private static String count(Integer n) {
        return n == null ? "—" : String.format("%,d", n);
    }

    private static TableColumn<Backup, String> column(String title, Function<Backup, String> value, double width) {
        TableColumn<Backup, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
