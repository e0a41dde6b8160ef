package dev.annals.ui.search;

import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/** The "Tag hits…" window: the theme, every hit with its check box, and "Tag N passages with THEME". */
public final class TagHitsWindow extends BorderPane {

    private final TagHitsViewModel model;
    private final ListView<TagHitRow> list = new ListView<>();

    TagHitsWindow(TagHitsViewModel model, I18n i18n, Runnable close) {
        this.model = model;
        setId("tag-hits");
        ComboBox<Theme> themeBox = new ComboBox<>(model.themes());
        themeBox.setId("tag-hits-theme");
        themeBox.setAccessibleText(i18n.t("tagHits.theme"));
        themeBox.valueProperty().bindBidirectional(model.themeProperty());
        themeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme theme) {
                return theme == null ? "" : theme.name();
            }

            @Override
            public Theme fromString(String s) {
                return null;
            }
        });
        Label themeLabel = new Label(i18n.t("tagHits.theme"));
        themeLabel.setLabelFor(themeBox);
        Button all = button("tag-hits-all", i18n.t("tagHits.checkAll"), () -> model.setAll(true));
        Button none = button("tag-hits-none", i18n.t("tagHits.checkNone"), () -> model.setAll(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.setId("tag-hits-message");
        message.textProperty().bind(model.messageProperty());
        Label heading = new Label(i18n.t("tagHits.heading", model.query()));
        heading.getStyleClass().add("tag-hits-heading");
        VBox top = new VBox(8, heading, new HBox(8, themeLabel, themeBox, spacer, all, none), message);
        top.setStyle("-fx-padding: 12 12 8 12;");
        setTop(top);
        list.setId("tag-hits-list");
        list.setAccessibleText(i18n.t("tagHits.list"));
        list.setItems(model.rows());
        list.setCellFactory(l -> new TagHitCell(i18n, model));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                model.toggle(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        setCenter(list);
        Button cancel = button("tag-hits-cancel", i18n.t("button.cancel"), close);
        cancel.setCancelButton(true);
        Button tag = button("tag-hits-apply", "", model::tagChecked);
        tag.textProperty().bind(model.actionTextProperty());
        tag.accessibleTextProperty().bind(model.actionTextProperty());
        tag.setDefaultButton(true);
        tag.disableProperty().bind(model.checkedCountProperty().isEqualTo(0).or(model.busyProperty()));
        HBox buttons = new HBox(8, cancel, tag);
        buttons.setStyle("-fx-padding: 8 12 12 12; -fx-alignment: center-right;");
        setBottom(buttons);
        model.doneProperty().addListener((obs, was, done) -> {
            if (done) close.run();
        });
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Opens the window over the search view's window, and lists the hits. */
    static Stage open(Node owner, TagHitsViewModel model, I18n i18n, String preferredTheme) {
        Stage stage = new Stage();
        stage.setTitle(i18n.t("tagHits.title"));
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            stage.initOwner(owner.getScene().getWindow());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(new TagHitsWindow(model, i18n, stage::close), 820, 560);
        if (owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        model.load(preferredTheme);
        return stage;
    }
}
