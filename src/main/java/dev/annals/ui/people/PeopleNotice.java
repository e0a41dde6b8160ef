package dev.annals.ui.people;

import dev.annals.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Under the people view: why an edit was refused, or what the last one did with a button to undo it. */
final class PeopleNotice extends HBox {

    PeopleNotice(PeopleEditing editing, I18n i18n) {
        super(8);
        setStyle("-fx-padding: 4 12 8 12; -fx-alignment: center-left;");
        Label error = new Label();
        error.setId("people-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(editing.errorProperty());
        error.visibleProperty().bind(editing.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label done = new Label();
        done.setId("people-done");
        done.textProperty().bind(editing.doneProperty());
        Button undo = new Button(i18n.t("people.undo"));
        undo.setId("people-undo");
        undo.setAccessibleText(i18n.t("people.undo.tip"));
        undo.setOnAction(e -> editing.undo());
        for (var node : java.util.List.of(done, undo)) {
            node.visibleProperty().bind(editing.doneProperty().isNotEmpty());
            node.managedProperty().bind(node.visibleProperty());
        }
        getChildren().addAll(error, done, undo);
    }
}
