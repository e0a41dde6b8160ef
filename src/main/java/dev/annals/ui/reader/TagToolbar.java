package dev.annals.ui.reader;

import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.stage.Popup;

import java.util.List;
import java.util.function.Consumer;

/** The small floating toolbar that appears above a selection: one button per theme, numbered like keys 1–9. */
final class TagToolbar {

    private final Popup popup = new Popup();
    private final HBox bar = new HBox(4);
    private final I18n i18n;

    TagToolbar(I18n i18n) {
        this.i18n = i18n;
        bar.setId("tagToolbar");
        bar.getStyleClass().add("reader-tag-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStylesheets().add(TagToolbar.class.getResource("reader.css").toExternalForm());
        popup.getContent().add(bar);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    /** Shows the themes just above the selection's screen bounds; a click tags with that theme. */
    void show(javafx.scene.Node owner, Bounds selection, List<Theme> themes, Consumer<Theme> onTag) {
        bar.getChildren().clear();
        Label prompt = new Label(i18n.t("reader.tag.prompt"));
        prompt.getStyleClass().add("reader-tag-prompt");
        bar.getChildren().add(prompt);
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            Button b = new Button(i < 9 ? Integer.toString(i + 1) : "", new Circle(6, Highlights.parse(theme.color())));
            b.setId("tagTheme" + (i + 1));
            b.getStyleClass().addAll("flat", "small", "reader-tag-button");
            b.setTooltip(new Tooltip(theme.name()));
            b.setAccessibleText(i18n.t("reader.tag.as", theme.name()));
            b.setOnAction(e -> {
                popup.hide();
                onTag.accept(theme);
            });
            bar.getChildren().add(b);
        }
        popup.show(owner, selection.getMinX(), Math.max(0, selection.getMinY() - 46));
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
