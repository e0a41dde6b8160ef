package dev.annals.ui.timeline;

import dev.annals.model.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;

/** Zoom buttons, the "all" and "one year" presets, the theme filter, Compare and PNG export. */
final class TimelineToolbar extends FlowPane {

    private final TimelineViewModel vm;
    private final MenuButton themeFilter = new MenuButton();

    TimelineToolbar(TimelineViewModel vm, Runnable exportPng, Runnable exportCsv) {
        this.vm = vm;
        getStyleClass().add("timeline-toolbar");
        Button zoomOut = iconButton("zoomOut", Material2MZ.ZOOM_OUT, "timeline.zoomOut");
        zoomOut.setOnAction(e -> vm.navigation().zoomOut());
        Button zoomIn = iconButton("zoomIn", Material2MZ.ZOOM_IN, "timeline.zoomIn");
        zoomIn.setOnAction(e -> vm.navigation().zoomIn());
        zoomOut.getStyleClass().add("left-pill");
        zoomIn.getStyleClass().add("right-pill");
        Button all = textButton("presetAll", Material2AL.FULLSCREEN, "timeline.preset.all");
        all.setOnAction(e -> vm.navigation().showAll());
        Button year = textButton("presetYear", Material2MZ.TODAY, "timeline.preset.year");
        year.setOnAction(e -> vm.navigation().showOneYear());
        themeFilter.setId("themeFilter");
        themeFilter.setGraphic(new FontIcon(Material2AL.FILTER_LIST));
        vm.dataProperty().addListener((obs, o, n) -> rebuildThemeFilter());
        vm.themeFilter().addListener((javafx.collections.SetChangeListener<Long>) c -> syncThemeFilter());
        rebuildThemeFilter();
        Button compare = textButton("compareConferences", Material2AL.COMPARE_ARROWS, "timeline.compare");
        compare.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.text().get("timeline.compare.count", vm.selection().ids().size()), vm.selection().ids()));
        compare.setAccessibleText(vm.text().get("timeline.compare.tip"));
        compare.disableProperty().bind(vm.selection().canCompareProperty().not());
        compare.setOnAction(e -> vm.compareSelected());
        Button export = textButton("exportPng", Material2AL.IMAGE, "timeline.export");
        export.setOnAction(e -> exportPng.run());
        Button csv = textButton("exportHeatMapCsv", Material2AL.GRID_ON, "timeline.trend.exportCsv");
        csv.setAccessibleText(vm.text().get("timeline.trend.exportCsv.title"));
        csv.setOnAction(e -> exportCsv.run());
        csv.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.trendProperty().get() == null || vm.trendProperty().get().isEmpty(), vm.trendProperty()));
        HBox zoom = new HBox(zoomOut, zoomIn);
        for (var control : List.of(zoomOut, zoomIn, all, year, export)) control.disableProperty().bind(vm.emptyProperty());
        // a flow, so that at a large interface zoom the buttons go onto a second line instead of losing their words
        getChildren().addAll(zoom, all, year, separator(), themeFilter, separator(), compare, export, csv);
    }

    private static Separator separator() {
        Separator s = new Separator(javafx.geometry.Orientation.VERTICAL);
        s.setPrefHeight(24);
        return s;
    }

    private Button iconButton(String id, Ikon icon, String tooltipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("button-icon");
        b.setTooltip(new Tooltip(vm.text().get(tooltipKey)));
        b.setAccessibleText(vm.text().get(tooltipKey));
        b.setFocusTraversable(true);
        return b;
    }

    private Button textButton(String id, Ikon icon, String key) {
        Button b = new Button(vm.text().get(key), new FontIcon(icon));
        b.setId(id);
        String tip = vm.text().get(key + ".tip");
        if (!tip.equals(key + ".tip")) b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void rebuildThemeFilter() {
        themeFilter.getItems().clear();
        MenuItem all = new MenuItem(vm.text().get("timeline.filter.allThemes"));
        all.setId("themeFilterAll");
        all.setOnAction(e -> vm.themeFilter().clear());
        themeFilter.getItems().addAll(all, new SeparatorMenuItem());
        for (Theme t : vm.dataProperty().get().themes()) {
            CheckMenuItem item = new CheckMenuItem(t.name(), new Circle(5, Color.web(t.color())));
            item.setId("themeFilter-" + t.id());
            item.setSelected(vm.themeFilter().contains(t.id()));
            item.selectedProperty().addListener((obs, o, on) -> vm.setThemeShown(t.id(), on));
            item.setUserData(t.id());
            themeFilter.getItems().add(item);
        }
        themeFilter.setDisable(vm.dataProperty().get().themes().isEmpty());
        updateThemeFilterText();
    }

    private void syncThemeFilter() {
        for (MenuItem item : themeFilter.getItems()) {
            if (item instanceof CheckMenuItem check) check.setSelected(vm.themeFilter().contains((Long) check.getUserData()));
        }
        updateThemeFilterText();
    }

    private void updateThemeFilterText() {
        int n = vm.themeFilter().size();
        themeFilter.setText(n == 0 ? vm.text().get("timeline.filter.allThemes") : vm.text().get("timeline.filter.themes") + " (" + n + ")");
    }
}
