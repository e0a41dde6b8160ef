package dev.annals.ui.library;

import dev.annals.ui.common.FieldNames;
import dev.annals.logic.library.DocumentDates;
import dev.annals.model.PartialDate;
import dev.annals.ui.common.Dialogs;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.Optional;

/** Asks for one date, written the way the user likes ("2023", "2023-03", "5/3/2023"), and shows how it was read. */
final class SetDateDialog {

    private SetDateDialog() {
    }

    static Optional<PartialDate> ask(I18n i18n, Node owner, String header) {
        Dialog<PartialDate> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("library.date.title"));
        dialog.setHeaderText(header);
        ButtonType set = new ButtonType(i18n.t("library.date.set"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(set, DialogButtons.cancel(i18n));
        dialog.getDialogPane().setId("setDateDialog");
        TextField field = new TextField();
        field.setId("setDateField");
        field.setPromptText(i18n.t("library.date.prompt"));
        Label help = new Label(i18n.t("library.date.help"));
        help.setWrapText(true);
        Label reading = new Label(" ");
        reading.setId("setDateReading");
        Node setButton = dialog.getDialogPane().lookupButton(set);
        setButton.setDisable(true);
        field.textProperty().addListener((o, was, now) -> {
            Optional<PartialDate> date = DocumentDates.parse(now);
            setButton.setDisable(date.isEmpty());
            reading.setText(now.isBlank() ? " " : date.map(d -> i18n.t("library.date.reads", i18n.formatDate(d)))
                    .orElse(i18n.t("library.date.invalid")));
        });
        VBox content = new VBox(8, field, reading, help, FieldNames.hiddenLabel(field, i18n.t("library.date.name")));
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setResultConverter(button -> button == set ? DocumentDates.parse(field.getText()).orElse(null) : null);
        return Dialogs.own(dialog, owner).showAndWait();
    }
}
