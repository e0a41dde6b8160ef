package dev.annals.ui.analysis;

import dev.annals.logic.analysis.Passage;
import dev.annals.ui.common.I18n;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** One side of an opened cell: a heading and the passages of one theme; Enter or a double-click opens one in the reader. */
final class PassageList extends VBox {

    final Label heading = new Label();
    final ListView<Passage> list = new ListView<>();

    PassageList(String id, I18n i18n, ObservableList<Passage> passages, Consumer<Passage> open) {
        super(4);
        heading.getStyleClass().add("cooccurrence-side-heading");
        list.setId(id);
        list.setItems(passages);
        list.setAccessibleText(i18n.t("analysis.passages"));
        list.setPlaceholder(new Label(i18n.t("analysis.clickACell")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Passage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : "\u201c" + p.quote().replaceAll("\\s+", " ") + "\u201d \u2014 "
                        + (p.documentTitle() == null ? i18n.t("analysis.untitled") : p.documentTitle()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) open.accept(list.getSelectionModel().getSelectedItem());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) open.accept(list.getSelectionModel().getSelectedItem());
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }
}
