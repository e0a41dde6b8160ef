package dev.annals.ui.timeline;

import dev.annals.logic.timeline.Granularity;
import dev.annals.logic.timeline.Period;
import dev.annals.logic.timeline.ThemeTrend;
import dev.annals.model.Theme;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import java.util.List;
import java.util.Locale;

/** "Themes over time": themes × periods (quarters or years) as a heat map; a cell opens the theme browser. */
final class HeatMapPanel extends VBox {

    private static final String TIP = "heatCellTooltip";

    private final TimelineViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label empty = new Label();
    private final ScrollPane scroll = new ScrollPane(grid);

    HeatMapPanel(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add("heat-panel");
        grid.setId("heatMap");
        grid.getStyleClass().add("heat-grid");
        empty.setId("heatMapEmpty");
        empty.getStyleClass().add("timeline-note");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.setText(vm.text().get("timeline.trend.empty"));
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header(), scroll, empty);
        vm.trendProperty().addListener((obs, o, n) -> rebuild(n));
        rebuild(vm.trendProperty().get());
    }

    private HBox header() {
        Label title = new Label(vm.text().get("timeline.trend.title"));
        title.getStyleClass().add("heat-title");
        ToggleGroup group = new ToggleGroup();
        ToggleButton quarter = granularityButton("granularityQuarter", "timeline.trend.quarter", Granularity.QUARTER, group);
        ToggleButton year = granularityButton("granularityYear", "timeline.trend.year", Granularity.YEAR, group);
        quarter.getStyleClass().add("left-pill");
        year.getStyleClass().add("right-pill");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, quarter, year);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setSpacing(0);
        HBox.setMargin(title, new javafx.geometry.Insets(0, 12, 0, 0));
        return header;
    }

    private ToggleButton granularityButton(String id, String key, Granularity g, ToggleGroup group) {
        ToggleButton b = new ToggleButton(vm.text().get(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setSelected(vm.granularityProperty().get() == g);
        vm.granularityProperty().addListener((obs, o, now) -> b.setSelected(now == g));
        b.setOnAction(e -> {
            b.setSelected(true);
            vm.granularityProperty().set(g);
        });
        return b;
    }

    private void rebuild(ThemeTrend trend) {
        grid.getChildren().clear();
        boolean none = trend.isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        scroll.setVisible(!none);
        scroll.setManaged(!none);
        if (none) return;
        boolean quarters = vm.granularityProperty().get() == Granularity.QUARTER;
        List<Period> periods = trend.periods();
        int yearStart = 0;
        for (int col = 0; col <= periods.size(); col++) {
            if (col == periods.size() || periods.get(col).year() != periods.get(yearStart).year()) {
                Label year = new Label(Integer.toString(periods.get(yearStart).year()));
                year.getStyleClass().add("heat-year");
                grid.add(year, yearStart + 1, 0, col - yearStart, 1);
                yearStart = col;
            }
            if (col < periods.size() && quarters) {
                Label q = new Label(vm.text().periodHeader(periods.get(col)));
                q.getStyleClass().add("heat-period");
                grid.add(q, col + 1, 1);
            }
        }
        int row = 2;
        for (Theme theme : trend.themes()) {
            grid.add(themeLabel(theme), 0, row);
            for (int col = 0; col < periods.size(); col++) grid.add(cell(theme, periods.get(col), trend.count(theme.id(), col), trend.max(), quarters), col + 1, row);
            row++;
        }
    }

    private Label themeLabel(Theme theme) {
        Region dot = new Region();
        dot.getStyleClass().add("legend-swatch");
        dot.setStyle("-fx-background-color: " + theme.color() + ";");
        Label label = new Label(theme.name(), dot);
        label.getStyleClass().add("heat-theme");
        return label;
    }

    private StackPane cell(Theme theme, Period period, int count, int max, boolean quarters) {
        StackPane cell = new StackPane();
        cell.setId(String.format(Locale.ROOT, "heatCell-%d-%d-%d", theme.id(), period.year(), period.quarter()));
        cell.getStyleClass().add("heat-cell");
        if (!quarters) cell.getStyleClass().add("heat-cell-wide");
        if (count == 0) {
            cell.getStyleClass().add("heat-cell-empty");
        } else {
            double strength = 0.25 + 0.75 * count / Math.max(1, max);
            Color c = Color.web(theme.color());
            cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%d,%d,%d,%.2f);",
                    (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255), strength));
            Label n = new Label(Integer.toString(count));
            n.getStyleClass().add(strength > 0.6 ? "heat-count-strong" : "heat-count");
            cell.getChildren().add(n);
        }
        String what = vm.text().get("timeline.trend.cellName", theme.name(), vm.text().periodName(period, quarters),
                vm.text().get("timeline.annotations", count));
        // a tooltip is a popup window of its own, costly by the hundred: made when the pointer first comes
        cell.setOnMouseEntered(e -> {
            if (cell.getProperties().containsKey(TIP)) return;
            Tooltip tip = new Tooltip(what + "\n" + vm.text().get("timeline.trend.cellHelp"));
            tip.setShowDelay(Duration.millis(200));
            Tooltip.install(cell, tip);
            cell.getProperties().put(TIP, tip);
        });
        // a cell is a button for the keyboard and a screen reader too: Tab reaches it, Enter or Space opens it
        cell.setFocusTraversable(true);
        cell.setAccessibleRole(AccessibleRole.BUTTON);
        cell.setAccessibleText(what);
        cell.setAccessibleHelp(vm.text().get("timeline.trend.cellHelp"));
        cell.setOnMouseClicked(e -> vm.openThemeCell(theme.id(), period));
        cell.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.openThemeCell(theme.id(), period);
                e.consume();
            }
        });
        return cell;
    }
}
