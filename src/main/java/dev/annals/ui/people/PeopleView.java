package dev.annals.ui.people;

import dev.annals.logic.people.Person;
import dev.annals.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** People: everyone the articles name on the left; the one chosen on the right, their ranks over time and the articles that name them. */
public final class PeopleView extends BorderPane {

    private final PeopleViewModel model;
    private final I18n i18n;
    private final Label name = new Label();
    private final Label variants = new Label();
    private final Label titles = new Label();
    private final TableView<Person.Mention> mentions = new TableView<>();

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
        ListView<Person> list = new ListView<>(model.people());
        list.setId("people-list");
        list.setAccessibleText(i18n.t("people.list"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  \u00b7  " + i18n.t("people.documents", p.docIds().size()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) model.selectedProperty().set(now);
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) list.getSelectionModel().select(now);
            showPerson(now);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, filter, count, list, dev.annals.ui.common.FieldNames.hiddenLabel(filter, i18n.t("people.filter")));
        left.setStyle("-fx-padding: 12;");
        SplitPane split = new SplitPane(left, details());
        split.setDividerPositions(0.32);
        setCenter(split);
        showPerson(model.selectedProperty().get());
    }

    private VBox details() {
        name.setId("people-name");
        name.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        variants.setId("people-variants");
        variants.setWrapText(true);
        titles.setId("people-titles");
        titles.setWrapText(true);
        titles.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        variants.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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
        VBox.setVgrow(mentions, Priority.ALWAYS);
        VBox box = new VBox(8, name, variants, titles, mentions);
        box.setStyle("-fx-padding: 12;");
        return box;
    }

    private TableColumn<Person.Mention, String> column(String key, Function<Person.Mention, String> value, double width) {
        TableColumn<Person.Mention, String> column = new TableColumn<>(i18n.t(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void showPerson(Person p) {
        name.setText(p == null ? "" : p.name());
        variants.setText(p == null ? "" : i18n.t("people.variants", String.join(" \u00b7 ", p.variants())));
        titles.setText(p == null || p.titles().isEmpty() ? "" : i18n.t("people.titles", model.titlesOverTime(p)));
        mentions.getItems().setAll(p == null ? java.util.List.of() : p.mentions());
    }

    public PeopleViewModel viewModel() {
        return model;
    }
}
