package dev.annals.ui.library;

import dev.annals.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** After the date of several documents was set: says so and offers to undo it, until dismissed. */
final class DateChangeBar extends HBox {

    DateChangeBar(BulkDates dates, I18n i18n) {
        super(8);
        setId("dateChangeBar");
        getStyleClass().add("date-change-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("dateChangeMessage");
        Button undo = new Button(i18n.t("library.date.undo"));
        undo.setId("dateChangeUndo");
        undo.setOnAction(e -> dates.undo());
        Button close = new Button("×");
        close.setId("dateChangeClose");
        close.setAccessibleText(i18n.t("library.date.dismiss"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> dates.dismiss());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, undo, spacer, close);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        dates.lastProperty().addListener((o, was, step) -> {
            setVisible(step != null);
            if (step != null) message.setText(i18n.t("library.date.done", step.size(), i18n.formatDate(step.date())));
        });
    }
}
