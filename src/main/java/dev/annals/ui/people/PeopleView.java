package dev.annals.ui.people;

import dev.annals.logic.people.Person;
import dev.annals.ui.common.FieldNames;
import dev.annals.ui.common.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * People: everyone the articles name on the left (select several to merge them or show them on the timeline); the
 * one chosen on the right, with their written forms, ranks over time and the articles that name them.
 */
public final class PeopleView extends BorderPane {

    private static final KeyCombination MERGE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final PeopleViewModel model;
    private final I18n i18n;
    private final ListView<Person> list;
    private final PersonPane person;

    public PeopleView(PeopleViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("people-view");
        TextField filter = new TextField();
        filter.setId("people-filter");
        filter.setPromptText(i18n.t("people.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.setId("people-count");
        count.textProperty().bind(model.messageProperty());
        list = peopleList();
        person = new PersonPane(model, i18n);
        Button merge = new Button(i18n.t("people.merge"));
        merge.setId("people-merge");
        merge.setAccessibleText(i18n.t("people.merge.tip"));
        merge.setTooltip(new javafx.scene.control.Tooltip(i18n.t("people.merge.tip")));
        merge.setOnAction(e -> model.merge());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, filter, new HBox(8, count, merge), list, FieldNames.hiddenLabel(filter, i18n.t("people.filter")));
        left.setStyle("-fx-padding: 12;");
        SplitPane split = new SplitPane(left, person);
        split.setDividerPositions(0.32);
        setCenter(split);
        setBottom(new PeopleNotice(model.editing(), i18n));
    }

    private ListView<Person> peopleList() {
        ListView<Person> people = new ListView<>(model.people());
        people.setId("people-list");
        people.setAccessibleText(i18n.t("people.list"));
        people.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        people.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  \u00b7  " + i18n.t("people.documents", p.docIds().size()));
            }
        });
        people.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Person>) c ->
                model.chosen().setAll(people.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList()));
        people.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) model.selectedProperty().set(now);
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && !people.getSelectionModel().getSelectedItems().contains(now)) people.getSelectionModel().clearAndSelect(model.people().indexOf(now));
        });
        people.setContextMenu(new ContextMenu(item("people.merge", model::merge), item("people.rename", this::rename), item("people.timeline", model::showOnTimeline)));
        people.setOnKeyPressed(e -> {
            if (MERGE.match(e)) model.merge();
            else if (e.getCode() == KeyCode.F2) rename();
        });
        if (model.selectedProperty().get() != null) people.getSelectionModel().select(model.selectedProperty().get());
        return people;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(i18n.t(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rename() {
        person.startRename();
    }

    public PeopleViewModel viewModel() {
        return model;
    }
}
