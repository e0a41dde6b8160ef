package dev.annals.ui.reader;

import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** One annotation in the sidebar: its theme chip, the quote, and the note; orphans say so. */
final class AnnotationCell extends ListCell<Annotation> {

    private final ReaderAnnotations annotations;
    private final I18n i18n;

    AnnotationCell(ReaderAnnotations annotations, I18n i18n) {
        this.annotations = annotations;
        this.i18n = i18n;
        getStyleClass().add("annotation-cell");
    }

    @Override
    protected void updateItem(Annotation a, boolean empty) {
        super.updateItem(a, empty);
        if (empty || a == null) {
            setGraphic(null);
            setContextMenu(null);
            setAccessibleText(null);
            return;
        }
        Theme theme = annotations.theme(a.themeId()).orElse(null);
        Label chip = new Label(theme == null ? "?" : theme.name(), new Circle(5, Highlights.parse(theme == null ? null : theme.color())));
        chip.getStyleClass().add("annotation-theme");
        HBox top = new HBox(6, chip);
        top.setAlignment(Pos.CENTER_LEFT);
        if (a.status() == AnchorStatus.ORPHANED) {
            Label orphan = new Label(i18n.t("reader.sidebar.orphan"));
            orphan.getStyleClass().add("annotation-orphan");
            top.getChildren().add(orphan);
        }
        Label quote = new Label("“" + a.anchor().exact() + "”");
        quote.getStyleClass().add("annotation-quote");
        quote.setWrapText(true);
        quote.setMaxHeight(3.6 * 16);
        VBox box = new VBox(3, top, quote);
        if (a.note() != null && !a.note().isBlank()) {
            Label note = new Label(a.note());
            note.getStyleClass().add("annotation-note");
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        box.prefWidthProperty().bind(getListView().widthProperty().subtract(28));
        setText(null);
        setGraphic(box);
        setAccessibleText(spoken(a, theme));
        setContextMenu(menu(a));
    }

    /** What a screen reader says for the row: theme, whether it is orphaned, the quote and the note. */
    private String spoken(Annotation a, Theme theme) {
        String text = i18n.t("reader.sidebar.spoken", theme == null ? "?" : theme.name(), a.anchor().exact());
        if (a.status() == AnchorStatus.ORPHANED) text = i18n.t("reader.sidebar.orphan") + ". " + text;
        return a.note() == null || a.note().isBlank() ? text : text + ". " + i18n.t("reader.sidebar.spokenNote", a.note());
    }

    private ContextMenu menu(Annotation a) {
        Menu retheme = new Menu(i18n.t("reader.sidebar.retheme"));
        for (Theme t : annotations.themes()) {
            MenuItem item = new MenuItem(t.name(), new Circle(5, Highlights.parse(t.color())));
            item.setDisable(t.id() == a.themeId());
            item.setOnAction(e -> annotations.retheme(a.id(), t.id()));
            retheme.getItems().add(item);
        }
        MenuItem delete = new MenuItem(i18n.t("reader.sidebar.delete"));
        delete.setId("deleteAnnotation");
        delete.setOnAction(e -> annotations.delete(a.id()));
        return new ContextMenu(retheme, delete);
    }
}
