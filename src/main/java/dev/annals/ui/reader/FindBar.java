package dev.annals.ui.reader;

import dev.annals.ui.common.FieldNames;
import dev.annals.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Find in the document: a field, the "3 / 12" count, previous/next and close. */
final class FindBar extends HBox {

    private final TextField field = new TextField();
    private final Runnable onClose;

    FindBar(FindModel find, I18n i18n, Runnable onClose) {
        super(6);
        this.onClose = onClose;
        setId("findBar");
        getStyleClass().add("reader-find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("findField");
        field.setPromptText(i18n.t("reader.find.prompt"));
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(find.queryProperty());
        Label count = new Label();
        count.setId("findCount");
        count.getStyleClass().add("reader-find-count");
        count.textProperty().bind(find.countTextProperty());
        Button previous = iconButton("findPrevious", new FontIcon(Material2AL.KEYBOARD_ARROW_UP), i18n.t("reader.find.previous"));
        previous.setOnAction(e -> find.previous());
        Button next = iconButton("findNext", new FontIcon(Material2AL.KEYBOARD_ARROW_DOWN), i18n.t("reader.find.next"));
        next.setOnAction(e -> find.next());
        Button close = iconButton("findClose", new FontIcon(Material2AL.CLOSE), i18n.t("reader.find.close"));
        close.setOnAction(e -> onClose.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                if (e.isShiftDown()) find.previous(); else find.next();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        getChildren().addAll(new FontIcon(Material2MZ.SEARCH), field, count, previous, next, close,
                FieldNames.hiddenLabel(field, i18n.t("reader.find.prompt")));
    }

    void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    static Button textButton(String id, String text, String tooltip) {
        Button b = iconButton(id, null, tooltip);
        b.setText(text);
        b.getStyleClass().remove("button-icon");
        b.getStyleClass().add("reader-font-button");
        return b;
    }

    static Button iconButton(String id, FontIcon icon, String tooltip) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        b.setFocusTraversable(false);
        return b;
    }
}
