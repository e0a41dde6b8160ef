package dev.annals.ui.reader;

import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;
import dev.annals.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Edits title, date with its precision, source and kind; Apply saves them, and they win over extraction. */
final class MetadataPanel extends VBox {

    MetadataPanel(ReaderViewModel vm) {
        super(8);
        I18n i18n = vm.i18n();
        MetadataForm form = vm.metadata();
        setId("metadataPanel");
        getStyleClass().add("reader-side-section");
        Label heading = new Label(i18n.t("reader.metadata.heading"));
        heading.getStyleClass().add("reader-side-heading");

        TextField title = field("metaTitle", i18n.t("reader.metadata.title"));
        title.textProperty().bindBidirectional(form.titleProperty());
        ComboBox<DatePrecision> precision = combo("metaPrecision", Arrays.asList(DatePrecision.values()),
                p -> i18n.t("reader.precision." + p.name()));
        precision.valueProperty().bindBidirectional(form.precisionProperty());
        TextField year = field("metaYear", i18n.t("reader.metadata.year"));
        year.textProperty().bindBidirectional(form.yearProperty());
        year.setPrefColumnCount(4);
        TextField month = field("metaMonth", i18n.t("reader.metadata.month"));
        month.textProperty().bindBidirectional(form.monthProperty());
        month.setPrefColumnCount(2);
        month.disableProperty().bind(form.precisionProperty().isEqualTo(DatePrecision.YEAR));
        TextField day = field("metaDay", i18n.t("reader.metadata.day"));
        day.textProperty().bindBidirectional(form.dayProperty());
        day.setPrefColumnCount(2);
        day.disableProperty().bind(form.precisionProperty().isNotEqualTo(DatePrecision.DAY));
        TextField source = field("metaSource", i18n.t("reader.metadata.source"));
        source.textProperty().bindBidirectional(form.sourceProperty());
        List<ConferenceKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(Arrays.asList(ConferenceKind.values()));
        ComboBox<ConferenceKind> kind = combo("metaKind", kinds,
                k -> k == null ? i18n.t("reader.kind.none") : i18n.kindName(k));
        kind.valueProperty().bindBidirectional(form.kindProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label(i18n.t("reader.metadata.title"), title), title);
        grid.addRow(1, label(i18n.t("reader.metadata.date"), precision), precision);
        grid.addRow(2, new Label(), new HBox(6, year, month, day));
        grid.addRow(3, new Label(), dateSourceLabel(form, i18n));
        grid.addRow(4, label(i18n.t("reader.metadata.source"), source), source);
        grid.addRow(5, label(i18n.t("reader.metadata.kind"), kind), kind);
        Button apply = new Button(i18n.t("reader.metadata.save"));
        apply.setId("metaSave");
        apply.getStyleClass().add("accent");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> vm.saveMetadata());
        getChildren().addAll(heading, grid, apply, new StatedFields(form, i18n));
    }

    /** "From the header", "From the page's metadata" …: where the stored date was read. */
    private static Label dateSourceLabel(MetadataForm form, I18n i18n) {
        Label label = new Label();
        label.setId("metaDateSource");
        label.getStyleClass().add("reader-side-note");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> form.dateSourceProperty().get() == null ? ""
                : i18n.t("reader.metadata.dateFrom", i18n.t("reader.dateSource." + form.dateSourceProperty().get().id())),
                form.dateSourceProperty()));
        return label;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        return l;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> cell(name));
        box.setButtonCell(cell(name));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : name.apply(item));
            }
        };
    }
}
