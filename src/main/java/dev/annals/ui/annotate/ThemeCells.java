package dev.annals.ui.annotate;

import dev.annals.model.Annotation;
import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SpokenText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** How themes, passages and orphans are drawn in the Themes view's lists. */
final class ThemeCells {

    private ThemeCells() {
    }

    static Rectangle swatch(String color) {
        Rectangle r = new Rectangle(12, 12, Color.web(color));
        r.setArcWidth(4);
        r.setArcHeight(4);
        r.getStyleClass().add("theme-swatch");
        return r;
    }

    static final class ThemeCell extends ListCell<ThemeRow> {
        ThemeCell() {
            SpokenText.follow(this);
        }

        @Override
        protected void updateItem(ThemeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(row.theme().name());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label count = new Label(Integer.toString(row.count()));
            count.getStyleClass().add("theme-count");
            HBox box = new HBox(6, swatch(row.theme().color()), name, spacer, count);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(0, 0, 0, 16 * row.depth()));
            setText(null);
            setGraphic(box);
            setTooltip(row.theme().description().isEmpty() ? null : new Tooltip(row.theme().description()));
        }
    }

    static final class BrowserCell extends ListCell<BrowserItem> {
        private final I18n i18n;

        BrowserCell(I18n i18n) {
            this.i18n = i18n;
            SpokenText.follow(this);
        }

        @Override
        protected void updateItem(BrowserItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("passage-heading", "passage");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            if (item instanceof BrowserItem.DocumentHeading h) {
                getStyleClass().add("passage-heading");
                String title = h.document().title() == null ? i18n.t("themes.browser.untitled") : h.document().title();
                Label label = new Label(i18n.t("themes.browser.document", title, i18n.formatDate(h.document().date()), h.passages()));
                label.setStyle("-fx-font-weight: bold;");
                setGraphic(label);
            } else if (item instanceof BrowserItem.Passage p) {
                getStyleClass().add("passage");
                HBox box = passage(p.annotation(), p.theme());
                if (p.example()) box.getChildren().add(1, exampleTag(i18n));
                setGraphic(box);
            }
        }
    }

    static final class OrphanCell extends ListCell<BrowserItem.Passage> {
        OrphanCell() {
            SpokenText.follow(this);
        }

        @Override
        protected void updateItem(BrowserItem.Passage item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : passage(item.annotation(), item.theme()));
        }
    }

    /** The small mark of a starter example. */
    static Label exampleTag(I18n i18n) {
        Label tag = new Label(i18n.t("themes.example.tag"));
        tag.getStyleClass().addAll("example-tag", "accent");
        tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tag.setStyle("-fx-font-size: 0.85em; -fx-border-color: -color-accent-emphasis; -fx-border-radius: 3; -fx-padding: 0 3 0 3;");
        return tag;
    }

    /** Swatch, quote and note of a passage. */
    static HBox passage(Annotation a, Theme theme) {
        Label quote = new Label("“" + a.anchor().exact().replace('\n', ' ') + "”");
        quote.setWrapText(true);
        quote.setMaxWidth(560);
        HBox box = new HBox(6, swatch(theme == null ? "#888888" : theme.color()), quote);
        if (!a.note().isEmpty()) {
            Label note = new Label("— " + a.note().replace('\n', ' '));
            note.getStyleClass().add("passage-note");
            note.setStyle("-fx-font-style: italic;");
            note.setWrapText(true);
            note.setMaxWidth(320);
            box.getChildren().add(note);
        }
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(0, 0, 0, 16));
        return box;
    }
}
