package dev.annals.ui.library;

import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.Dialogs;
import dev.annals.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;

import java.util.List;
import java.util.function.Consumer;

/** Delete (after a confirm that says what goes with the documents) and Show original file. */
final class DocumentActions {

    private final LibraryViewModel model;
    private final I18n i18n;
    private final Node owner;
    private final Consumer<String> uriOpener;

    DocumentActions(LibraryViewModel model, I18n i18n, Node owner, Consumer<String> uriOpener) {
        this.model = model;
        this.i18n = i18n;
        this.owner = owner;
        this.uriOpener = uriOpener;
    }

    void confirmDelete(List<DocumentSummary> chosen) {
        if (chosen.isEmpty()) return;
        ButtonType delete = new ButtonType(i18n.t("library.delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel(i18n);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", delete, cancel);
        alert.setTitle(i18n.t("library.delete.title"));
        alert.setHeaderText(chosen.size() == 1
                ? i18n.t("library.delete.one", titleOf(chosen.get(0)))
                : i18n.t("library.delete.many", chosen.size()));
        alert.setContentText(i18n.t("library.delete.annotations", model.annotationsOf(chosen)));
        alert.getDialogPane().setId("deleteDialog");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        Dialogs.own(alert, owner).showAndWait().filter(delete::equals).ifPresent(b -> model.delete(chosen));
    }

    void showOriginal(DocumentSummary document) {
        model.loadOriginal(document, this::showOriginalDialog);
    }

    private void showOriginalDialog(OriginalFile original) {
        javafx.scene.Node content;
        if (original.text() == null) {
            javafx.scene.control.Label note = new javafx.scene.control.Label(i18n.t("library.original.document"));
            note.setId("originalText");
            note.setWrapText(true);
            note.setPrefWidth(460);
            content = note;
        } else {
            TextArea text = new TextArea(original.text());
            text.setId("originalText");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefSize(760, 460);
            text.setAccessibleText(original.name());
            content = text;
        }
        ButtonType open = new ButtonType(i18n.t("library.original.open"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.NONE, "", open, DialogButtons.close(i18n));
        alert.setTitle(i18n.t("library.original.title"));
        alert.setHeaderText(original.name());
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("originalDialog");
        alert.setResizable(true);
        Dialogs.own(alert, owner).showAndWait().filter(open::equals)
                .ifPresent(b -> uriOpener.accept(original.file().toUri().toString()));
    }

    private String titleOf(DocumentSummary d) {
        return d.title() == null ? i18n.t("library.untitled") : d.title();
    }
}
