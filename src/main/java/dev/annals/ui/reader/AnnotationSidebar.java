package dev.annals.ui.reader;

import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * The open document's annotations in text order (orphans last), and the selected one's theme and note. The note
 * saves as the user types (debounced) and at once when the editor loses focus; there is no Save button.
 */
final class AnnotationSidebar extends VBox {

    private final ReaderAnnotations annotations;
    private final ListView<Annotation> list = new ListView<>();
    private final TextArea note = new TextArea();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final PauseTransition noteSaver = new PauseTransition(Duration.millis(300));
    private long editing = -1;
    private boolean updating;

    AnnotationSidebar(ReaderAnnotations annotations, I18n i18n, Consumer<Annotation> reveal) {
        super(8);
        this.annotations = annotations;
        getStyleClass().add("reader-side-section");
        Label heading = new Label(i18n.t("reader.sidebar.heading"));
        heading.getStyleClass().add("reader-side-heading");
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        annotations.annotations().addListener((ListChangeListener<Annotation>) c -> count.setText(countText(i18n)));
        list.setId("annotationSidebar");
        list.setAccessibleText(i18n.t("reader.sidebar.heading"));
        list.setAccessibleHelp(i18n.t("reader.sidebar.help"));
        list.setItems(annotations.annotations().sorted((a, b) -> order(a, b)));
        list.setCellFactory(v -> new AnnotationCell(annotations, i18n));
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setPlaceholder(new Label(i18n.t("reader.sidebar.empty")));
        list.setPrefHeight(360);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a != null) {
                annotations.select(a.id());
                reveal.accept(a);
            }
        });
        list.setOnKeyPressed(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a != null && e.getCode() == KeyCode.DELETE) annotations.delete(a.id());
            if (a != null && e.getCode() == KeyCode.ENTER) reveal.accept(a);
        });
        theme.setId("annotationTheme");
        theme.setItems(annotations.themes());
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.setCellFactory(v -> themeCell());
        theme.setButtonCell(themeCell());
        theme.setOnAction(e -> {
            Annotation a = annotations.selectedProperty().get();
            if (!updating && a != null && theme.getValue() != null && theme.getValue().id() != a.themeId()) {
                annotations.retheme(a.id(), theme.getValue().id());
            }
        });
        Button delete = FindBar.iconButton("annotationDelete", new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.material2.Material2AL.DELETE), i18n.t("reader.sidebar.delete"));
        delete.setFocusTraversable(true);
        delete.setOnAction(e -> {
            Annotation a = annotations.selectedProperty().get();
            if (a != null) annotations.delete(a.id());
        });
        HBox.setHgrow(theme, Priority.ALWAYS);
        HBox themeRow = new HBox(6, theme, delete);
        note.setId("noteEditor");
        note.setPromptText(i18n.t("reader.note.prompt"));
        note.setWrapText(true);
        note.setPrefRowCount(5);
        Label noteLabel = new Label(i18n.t("reader.note.label"));
        noteLabel.setLabelFor(note);
        VBox editor = new VBox(6, themeRow, noteLabel, note);
        editor.setId("annotationEditor");
        editor.disableProperty().bind(annotations.selectedProperty().isNull());
        getChildren().addAll(new HBox(8, heading, count), list, editor);
        VBox.setVgrow(this, Priority.ALWAYS);
        initListeners();
    }

    private void initListeners() {
        noteSaver.setOnFinished(e -> saveNote());
        note.textProperty().addListener((obs, old, text) -> {
            if (!updating && editing >= 0) noteSaver.playFromStart();
        });
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveNote();
                annotations.sealNote();
            }
        });
        annotations.selectedProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) saveNote();
            show(now);
        });
    }

    private void show(Annotation a) {
        updating = true;
        try {
            editing = a == null ? -1 : a.id();
            if (a == null) list.getSelectionModel().clearSelection();
            else list.getSelectionModel().select(list.getItems().stream().filter(x -> x.id() == a.id()).findFirst().orElse(null));
            String text = a == null ? "" : a.note();
            if (!note.getText().equals(text) && !(note.isFocused() && a != null)) note.setText(text);
            theme.setValue(a == null ? null : annotations.theme(a.themeId()).orElse(null));
            if (a != null && !isVisibleInList(a)) list.scrollTo(list.getSelectionModel().getSelectedIndex());
        } finally {
            updating = false;
        }
    }

    private boolean isVisibleInList(Annotation a) {
        return list.lookupAll(".annotation-cell").stream()
                .anyMatch(n -> n instanceof AnnotationCell c && c.getItem() != null && c.getItem().id() == a.id() && c.isVisible());
    }

    /** Commits the pending note edit at once. */
    void saveNote() {
        noteSaver.stop();
        if (editing < 0) return;
        Annotation current = annotations.annotations().stream().filter(a -> a.id() == editing).findFirst().orElse(null);
        if (current != null && !current.note().equals(note.getText())) annotations.saveNote(editing, note.getText());
    }

    private String countText(I18n i18n) {
        long orphans = annotations.annotations().stream().filter(a -> a.status() == AnchorStatus.ORPHANED).count();
        int n = annotations.annotations().size();
        return orphans == 0 ? i18n.t("reader.sidebar.count", n) : i18n.t("reader.sidebar.countOrphans", n, orphans);
    }

    private static int order(Annotation a, Annotation b) {
        boolean oa = a.status() == AnchorStatus.ORPHANED, ob = b.status() == AnchorStatus.ORPHANED;
        if (oa != ob) return oa ? 1 : -1;
        int c = Integer.compare(a.anchor().start(), b.anchor().start());
        return c != 0 ? c : Integer.compare(a.anchor().end(), b.anchor().end());
    }

    private static ListCell<Theme> themeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Theme t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name());
                setGraphic(empty || t == null ? null : new Circle(5, Highlights.parse(t.color())));
            }
        };
    }
}
