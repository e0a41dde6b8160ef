package dev.annals.ui.analysis;

import dev.annals.logic.analysis.ConferenceComparison.Column;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.PngImages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.List;

/** Compare conferences: a column per conference (chart above, people and passages below) and the exports. */
public final class CompareView extends BorderPane {

    private static final double MIN_COLUMN = 260;
    private static final double MAX_COLUMN = 480;

    private final CompareViewModel model;
    private final I18n i18n;
    private final SavePicker picker;
    private final HBox chart = new HBox(12);
    private final HBox details = new HBox(12);
    private final ScrollPane scroll;
    private final DoubleBinding columnWidth;

    public CompareView(CompareViewModel model, I18n i18n, SavePicker picker) {
        this.model = model;
        this.i18n = i18n;
        this.picker = picker;
        setId("compareView");
        getStyleClass().add("compare-view");
        getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        setTop(toolbar());
        chart.setId("compare-chart");
        chart.getStyleClass().add("compare-chart");
        chart.setAccessibleText(i18n.t("compare.chart"));
        details.getStyleClass().add("compare-details");
        scroll = new ScrollPane(new VBox(chart, details));
        columnWidth = Bindings.createDoubleBinding(() -> columnWidth(scroll.getViewportBounds().getWidth()), scroll.viewportBoundsProperty(), model.columns());
        scroll.setId("compare-scroll");
        scroll.setAccessibleText(i18n.t("compare.title"));
        setCenter(scroll);
        model.columns().addListener((ListChangeListener<Column>) change -> show(List.copyOf(model.columns())));
        show(List.copyOf(model.columns()));
    }

    private void show(List<Column> columns) {
        ComparisonColumn maker = new ComparisonColumn(model, i18n, columnWidth);
        chart.getChildren().clear();
        details.getChildren().clear();
        for (int i = 0; i < columns.size(); i++) {
            chart.getChildren().add(maker.chart(columns.get(i), i));
            details.getChildren().add(maker.details(columns.get(i), i));
        }
    }

    /** The columns share the width there is, between a readable minimum and a comfortable maximum (then it scrolls). */
    private double columnWidth(double viewport) {
        int n = Math.max(1, model.columns().size());
        return Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, (viewport - 30 - 12 * (n - 1)) / n));
    }

    private VBox toolbar() {
        Label heading = new Label(i18n.t("compare.title"));
        heading.getStyleClass().add("compare-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button md = button("compare-markdown", "compare.exportMarkdown", () -> choose("compare.exportMarkdown", "comparison.md", true));
        Button csv = button("compare-csv", "compare.exportCsv", () -> choose("compare.exportCsv", "comparison.csv", false));
        Button png = button("compare-png", "compare.exportPng", this::exportPng);
        HBox bar = new HBox(8, heading, spacer, md, csv, png);
        return AnalysisBar.withMessage(bar, "compare-message", model.messageProperty(), "12 12 4 12");
    }

    private void choose(String titleKey, String suggested, boolean markdown) {
        picker.choose(getScene().getWindow(), i18n.t(titleKey), suggested).ifPresent(target -> {
            if (markdown) model.exportMarkdown(target);
            else model.exportCsv(target);
        });
    }

    /** The bars as a picture: the snapshot here, on the FX thread; the writing in the background. */
    private void exportPng() {
        picker.choose(getScene().getWindow(), i18n.t("compare.exportPng"), "comparison.png").ifPresent(target -> {
            model.exportPng(PngImages.pngBytes(chart), target);
        });
    }

    private Button button(String id, String key, Runnable action) {
        return AnalysisBar.button(i18n, id, key, action);
    }

    /** Opens the comparison in a window of its own over {@code owner}'s, styled like it, and reads it. */
    public static Stage open(Node owner, CompareViewModel model, I18n i18n, SavePicker picker) {
        Stage stage = new Stage();
        stage.setTitle(i18n.t("compare.title"));
        CompareView view = new CompareView(model, i18n, picker);
        Scene scene = new Scene(view, 1080, 720);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            if (owner.getScene().getWindow() != null) stage.initOwner(owner.getScene().getWindow());
        }
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) stage.close(); // as the guide and other windows close
        });
        stage.show();
        model.reload();
        return stage;
    }

    public CompareViewModel viewModel() {
        return model;
    }
}
