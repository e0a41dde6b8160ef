package dev.annals.ui.analysis;

import dev.annals.logic.analysis.CooccurrenceUnit;
import dev.annals.logic.analysis.CooccurringPassages;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.PngImages;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Theme co-occurrence: what to count and the filters, the matrix, and the passages of the cell opened, side by side. */
public final class CooccurrenceView extends BorderPane {

    private final CooccurrenceViewModel model;
    private final I18n i18n;
    private final SavePicker picker;
    private final MatrixGrid grid;

    public CooccurrenceView(CooccurrenceViewModel model, I18n i18n, SavePicker picker) {
        this.model = model;
        this.i18n = i18n;
        this.picker = picker;
        this.grid = new MatrixGrid(i18n);
        getStyleClass().add("cooccurrence-view");
        setTop(toolbar());
        PassageList first = new PassageList("cooccurrence-first", i18n, model.firstPassages(), model::openPassage);
        PassageList second = new PassageList("cooccurrence-second", i18n, model.secondPassages(), model::openPassage);
        HBox sides = new HBox(12, first, second);
        HBox.setHgrow(first, Priority.ALWAYS);
        HBox.setHgrow(second, Priority.ALWAYS);
        first.setPrefWidth(0);
        second.setPrefWidth(0);
        sides.setStyle("-fx-padding: 8 12 12 12;");
        ScrollPane matrixPane = new ScrollPane(grid);
        matrixPane.setAccessibleText(i18n.t("analysis.matrix"));
        SplitPane split = new SplitPane(matrixPane, sides);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setCenter(split);
        model.matrixProperty().addListener((o, was, m) -> grid.show(m, (a, b) -> model.open(a.id(), b.id())));
        model.openedProperty().addListener((o, was, now) -> headings(now, first, second));
        headings(null, first, second);
    }

    private void headings(CooccurringPassages opened, PassageList first, PassageList second) {
        first.heading.setText(opened == null ? "" : i18n.t("analysis.side", opened.first().name(), opened.ofFirst().size()));
        second.heading.setText(opened == null ? "" : i18n.t("analysis.side", opened.second().name(), opened.ofSecond().size()));
    }

    private VBox toolbar() {
        ComboBox<CooccurrenceUnit> by = combo("cooccurrence-by", "analysis.by", List.of(CooccurrenceUnit.values()), u -> i18n.t("analysis.by." + u.id()));
        by.valueProperty().bindBidirectional(model.unitProperty());
        TextField year = new TextField();
        year.setId("cooccurrence-year");
        year.setPrefColumnCount(5);
        year.setPromptText(i18n.t("analysis.year"));
        year.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,4}") ? change : null));
        year.textProperty().addListener((o, was, now) -> model.yearProperty().set(now.length() == 4 ? Integer.valueOf(now) : null));
        List<ConferenceKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(ConferenceKind.values()));
        ComboBox<ConferenceKind> kind = combo("cooccurrence-kind", "analysis.kind", kinds, k -> k == null ? i18n.t("analysis.anyKind") : i18n.kindName(k));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<Conference> conference = combo("cooccurrence-conference", "analysis.conference", List.of(),
                c -> c == null ? i18n.t("analysis.anyConference") : c.title());
        model.conferences().addListener((javafx.collections.ListChangeListener<Conference>) c -> {
            Conference chosen = model.conferenceProperty().get();
            List<Conference> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.conferences());
            conference.getItems().setAll(items);
            conference.setValue(chosen);
        });
        conference.setPrefWidth(220);
        kind.setPrefWidth(160);
        by.setMinWidth(Region.USE_PREF_SIZE);
        conference.valueProperty().addListener((o, was, now) -> model.conferenceProperty().set(now));
        Button csv = button("cooccurrence-csv", "analysis.exportCsv", () -> picker.choose(getScene().getWindow(), i18n.t("analysis.exportCsv"),
                "cooccurrence.csv").ifPresent(model::exportCsv));
        Button png = button("cooccurrence-png", "analysis.exportPng", this::exportPng);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label byLabel = new Label(i18n.t("analysis.by"));
        byLabel.setLabelFor(by);
        byLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, byLabel, by, year, kind, conference, spacer, csv, png,
                dev.annals.ui.common.FieldNames.hiddenLabel(year, i18n.t("analysis.year")));
        return AnalysisBar.withMessage(bar, "cooccurrence-message", model.messageProperty(), "12 12 8 12");
    }

    private void exportPng() {
        picker.choose(getScene().getWindow(), i18n.t("analysis.exportPng"), "cooccurrence.png").ifPresent(target -> {
            model.exportPng(PngImages.pngBytes(grid), target);
        });
    }

    private <T> ComboBox<T> combo(String id, String labelKey, List<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setAccessibleText(i18n.t(labelKey));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        return AnalysisBar.button(i18n, id, key, action);
    }

    public CooccurrenceViewModel viewModel() {
        return model;
    }
}
