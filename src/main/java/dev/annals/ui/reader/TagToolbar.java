package dev.annals.ui.reader;

import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import javafx.stage.Popup;

import java.util.List;
import java.util.function.Consumer;

/**
 * The small floating toolbar that appears above a selection: one button per theme with its colour, its key (1–9)
 * and its name, wrapping onto more lines when the codebook is long.
 */
final class TagToolbar {

    static final double MAX_WIDTH = 620;
    private static final double NAME_WIDTH = 190;
    private static final double GAP = 6;

    private final Popup popup = new Popup();
    private final FlowPane bar = new FlowPane(4, 4);
    private final I18n i18n;

    TagToolbar(I18n i18n) {
        this.i18n = i18n;
        bar.setId("tagToolbar");
        bar.getStyleClass().add("reader-tag-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWrapLength(MAX_WIDTH - 32); // the toolbar's padding and border (reader.css) take the rest
        bar.setMaxWidth(MAX_WIDTH);
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
            String key = i < 9 ? (i + 1) + "  " : "";
            Button b = new Button(key + theme.name(), new Circle(6, Highlights.parse(theme.color())));
            b.setId("tagTheme" + (i + 1));
            b.getStyleClass().addAll("flat", "small", "reader-tag-button");
            b.setMaxWidth(NAME_WIDTH);
            b.setMnemonicParsing(false);
            b.setTooltip(new Tooltip(theme.name()));
            b.setAccessibleText(i18n.t("reader.tag.as", theme.name()));
            b.setOnAction(e -> {
                popup.hide();
                onTag.accept(theme);
            });
            bar.getChildren().add(b);
        }
        popup.show(owner, selection.getMinX(), selection.getMinY());
        // once shown it knows its height: sit just above the selection, or below it when there is no room above
        double height = popup.getHeight();
        popup.setY(selection.getMinY() - height - GAP >= 0 ? selection.getMinY() - height - GAP : selection.getMaxY() + GAP);
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
