package dev.annals.ui.people;

import dev.annals.logic.people.Person;
import dev.annals.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** The chosen person: name (renamed in place), written forms (one can be split off), ranks over time, the articles. */
final class PersonPane extends VBox {

    private final PeopleViewModel model;
    private final I18n i18n;
    private final Label name = new Label();
    private final TextField nameField = new TextField();
    private final HBox header = new HBox(8);
    private final ListView<String> variants = new ListView<>();
    private final Label titles = new Label();
    private final TableView<Person.Mention> mentions = new TableView<>();

    PersonPane(PeopleViewModel model, I18n i18n) {
        super(8);
        this.model = model;
        this.i18n = i18n;
        name.setId("people-name");
        name.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        Button rename = button("people-rename", "people.rename", this::startRename);
        Button timeline = button("people-timeline", "people.timeline", model::showOnTimeline);
        nameField.setId("people-rename-field");
        nameField.setAccessibleText(i18n.t("people.rename.field"));
        nameField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.rename(nameField.getText())) endRename();
            else if (e.getCode() == KeyCode.ESCAPE) endRename();
        });
        header.getChildren().setAll(name, rename, timeline);
        titles.setId("people-titles");
        titles.setWrapText(true);
        titles.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(mentions, Priority.ALWAYS);
        getChildren().addAll(header, variantsBox(), titles, mentionsTable());
        setStyle("-fx-padding: 12;");
        model.selectedProperty().addListener((o, was, now) -> show(now));
        show(model.selectedProperty().get());
    }

    private HBox variantsBox() {
        variants.setId("people-variants");
        variants.setAccessibleText(i18n.t("people.variants.list"));
        variants.setPrefHeight(110);
        Button split = button("people-split", "people.split", this::splitOff);
        MenuItem splitItem = new MenuItem(i18n.t("people.split"));
        splitItem.setOnAction(e -> splitOff());
        variants.setContextMenu(new ContextMenu(splitItem));
        Label label = new Label(i18n.t("people.variants.label"));
        label.setLabelFor(variants);
        HBox.setHgrow(variants, Priority.ALWAYS);
        return new HBox(8, label, variants, split);
    }

    private TableView<Person.Mention> mentionsTable() {
        mentions.setId("people-mentions");
        mentions.setAccessibleText(i18n.t("people.mentions"));
        mentions.getColumns().add(column("people.col.date", m -> i18n.formatDate(m.date()), 100));
        mentions.getColumns().add(column("people.col.as", Person.Mention::written, 220));
        mentions.getColumns().add(column("people.col.conference", m -> m.conferenceTitle() == null ? "" : m.conferenceTitle(), 260));
        mentions.getColumns().add(column("people.col.document", m -> m.documentTitle() == null ? "" : m.documentTitle(), 320));
        mentions.setPlaceholder(new Label(i18n.t("people.none")));
        mentions.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) model.open(mentions.getSelectionModel().getSelectedItem());
        });
        mentions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) model.open(mentions.getSelectionModel().getSelectedItem());
        });
        return mentions;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setAccessibleText(i18n.t(key + ".tip"));
        b.setTooltip(new javafx.scene.control.Tooltip(i18n.t(key + ".tip")));
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(model.selectedProperty().isNull());
        return b;
    }

    private TableColumn<Person.Mention, String> column(String key, Function<Person.Mention, String> value, double width) {
        TableColumn<Person.Mention, String> column = new TableColumn<>(i18n.t(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Puts a field with the name in place of the name: Enter keeps the new name, Escape the old one. */
    void startRename() {
        Person p = model.selectedProperty().get();
        if (p == null) return;
        nameField.setText(p.name());
        header.getChildren().set(0, nameField);
        nameField.requestFocus();
        nameField.selectAll();
    }

    private void endRename() {
        header.getChildren().set(0, name);
    }

    private void splitOff() {
        model.splitOff(variants.getSelectionModel().getSelectedItem());
    }

    private void show(Person p) {
        endRename();
        name.setText(p == null ? "" : p.name());
        variants.getItems().setAll(p == null ? List.of() : p.variants());
        titles.setText(p == null || p.titles().isEmpty() ? "" : i18n.t("people.titles", model.titlesOverTime(p)));
        mentions.getItems().setAll(p == null ? List.of() : p.mentions());
    }
}
