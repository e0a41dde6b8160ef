package dev.annals.ui.annotate;

import dev.annals.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Says that the library holds starter examples, and removes them all in one click (undo brings them back). */
final class ExamplesBar extends HBox {

    ExamplesBar(ThemesViewModel model, I18n i18n) {
        super(8);
        setId("examplesBar");
        Label text = new Label();
        text.setId("examplesText");
        text.setWrapText(true);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.t("themes.examples.count", model.exampleCountProperty().get()), model.exampleCountProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button remove = new Button(i18n.t("themes.examples.remove"));
        remove.setId("removeExamples");
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setOnAction(e -> model.removeExamples());
        getChildren().addAll(ThemeCells.exampleTag(i18n), text, remove);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 6, 4, 6));
        getStyleClass().add("examples-bar");
        visibleProperty().bind(model.exampleCountProperty().greaterThan(0));
        managedProperty().bind(visibleProperty());
    }
}
