package dev.annals.ui.timeline;

import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.EmptyState;
import dev.annals.ui.common.PngImages;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The timeline of conferences: a toolbar (zoom, presets, theme filter, PNG export), the legend (which also
 * filters kinds) with the people filter, the time axis and, below, "themes over time". Embed it anywhere; call
 * {@link #load()} to read the library (again).
 */
public final class TimelineView extends BorderPane {

    private static final Logger LOG = Logger.getLogger(TimelineView.class.getName());
    private static final KeyCombination COMPARE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final TimelineViewModel vm;
    private final BackgroundTasks background;
    private final TimelineCanvas canvas;
    private final DocumentChoice documentChoice;
    private final Label status = new Label();
    private final EmptyState emptyState;

    public TimelineView(TimelineViewModel vm, BackgroundTasks background) {
        this.vm = vm;
        this.background = background;
        this.canvas = new TimelineCanvas(vm);
        this.documentChoice = new DocumentChoice(vm);
        this.emptyState = emptyState();
        createView();
        initListeners();
    }

    private void createView() {
        setId("timelineView");
        getStyleClass().add("timeline-view");
        getStylesheets().add(TimelineView.class.getResource("timeline.css").toExternalForm());
        setTop(new VBox(header(), new TimelineToolbar(vm, this::exportPng, this::exportHeatMapCsv)));
        LegendBar legend = new LegendBar(vm);
        HBox.setHgrow(legend, Priority.ALWAYS);
        // the people filter sits with the kind filter: the toolbar above has no room left at 200% zoom
        HBox filters = new HBox(8, legend, new PeopleFilterMenu(vm.people(), vm.text()));
        filters.setAlignment(Pos.TOP_LEFT);
        VBox axis = new VBox(filters, canvasFrame(), hint());
        axis.getStyleClass().add("timeline-axis-box");
        StackPane area = new StackPane(axis, emptyState);
        area.setId("timelineArea");
        SplitPane split = new SplitPane(area, new HeatMapPanel(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        split.getStyleClass().add("timeline-split");
        setCenter(split);
    }

    private HBox header() {
        FontIcon icon = new FontIcon(Material2MZ.TIMELINE);
        icon.getStyleClass().add("timeline-title-icon");
        Label title = new Label(vm.text().get("timeline.title"), icon);
        title.getStyleClass().add("timeline-title");
        Label subtitle = new Label(vm.text().get("timeline.subtitle"));
        subtitle.getStyleClass().add("timeline-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        status.setId("timelineStatus");
        status.getStyleClass().add("timeline-note");
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setId("timelineLoading");
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.loadingProperty());
        spinner.managedProperty().bind(vm.loadingProperty());
        HBox header = new HBox(12, title, subtitle, spacer, spinner, status);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("timeline-header");
        return header;
    }

    /** The canvas fills the space there is; when its lanes need more height, it scrolls up and down. */
    private ScrollPane canvasFrame() {
        StackPane frame = new StackPane(canvas);
        frame.getStyleClass().add("timeline-canvas-frame");
        ScrollPane scroll = new ScrollPane(frame);
        scroll.setId("timelineScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private Label hint() {
        Label hint = new Label(vm.text().get("timeline.hint"));
        hint.getStyleClass().add("timeline-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    private EmptyState emptyState() {
        EmptyState empty = new EmptyState(Material2AL.EVENT_NOTE, vm.text().get("timeline.empty.title"),
                vm.text().get("timeline.empty.body"), vm.text().get("timeline.empty.library"), vm::showLibrary);
        empty.setId("emptyState");
        empty.getStyleClass().add("timeline-empty");
        return empty;
    }

    private void initListeners() {
        emptyState.visibleProperty().bind(vm.emptyProperty());
        vm.errorProperty().addListener((obs, o, n) -> showStatus(n, true));
        vm.documentChoiceProperty().addListener((obs, o, docs) -> showDocumentChoice(docs));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COMPARE.match(e)) {
                vm.compareSelected();
                e.consume();
            }
        });
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) javafx.application.Platform.runLater(canvas::requestFocus);
        });
    }

    private void showDocumentChoice(List<DocumentSummary> docs) {
        if (docs.isEmpty()) {
            if (documentChoice.isShowing()) documentChoice.hide();
            return;
        }
        Bounds marker = canvas.markerBounds(vm.focusedIndexProperty().get())
                .map(canvas::localToScreen)
                .orElse(canvas.localToScreen(canvas.getLayoutBounds()));
        documentChoice.show(docs, canvas, marker.getCenterX(), marker.getMaxY() + 4);
    }

    private void showStatus(String message, boolean error) {
        status.setText(message == null ? "" : message);
        status.getStyleClass().removeAll("danger", "success");
        if (message != null) status.getStyleClass().add(error ? "danger" : "success");
    }

    /** Reads the library in the background and shows it. */
    public void load() {
        vm.load();
    }

    private void exportPng() {
        File file = chooseSaveFile("timeline.export.title", "timeline.png", "PNG");
        if (file != null) exportPng(file);
    }

    /** The system's save dialog over this window, or null when cancelled. */
    private File chooseSaveFile(String titleKey, String suggestedName, String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(vm.text().get(titleKey));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + kind.toLowerCase(java.util.Locale.ROOT)));
        return chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    }

    private void exportHeatMapCsv() {
        File file = chooseSaveFile("timeline.trend.exportCsv.title", "themes-over-time.csv", "CSV");
        if (file != null) exportHeatMapCsv(file);
    }

    /** Writes the heat map's table (themes × periods, as shown) as CSV in the background. */
    public void exportHeatMapCsv(File file) {
        var trend = vm.trendProperty().get();
        if (trend == null) return;
        background.submit(vm.text().get("timeline.trend.exportCsv.title"), progress -> {
            dev.annals.logic.analysis.ThemeTrendExports.writeCsv(trend, file.toPath(), null);
            return file;
        }, saved -> showStatus(vm.text().get("timeline.export.done", saved.getName()), false), failure -> {
            LOG.log(Level.WARNING, "cannot export the heat map", failure);
            showStatus(vm.text().get("timeline.trend.exportCsv.failed", failure.getMessage()), true);
        });
    }

    /** Saves what the view shows as a PNG: the snapshot here, the encoding and writing in the background. */
    public void exportPng(File file) {
        WritableImage image = PngImages.snapshot(this);
        background.submit(vm.text().get("timeline.export.title"), progress -> {
            PngImages.write(PngImages.toBufferedImage(image), file.toPath());
            return file;
        }, saved -> showStatus(vm.text().get("timeline.export.done", saved.getName()), false), failure -> {
            LOG.log(Level.WARNING, "cannot export the timeline", failure);
            showStatus(vm.text().get("timeline.export.failed", failure.getMessage()), true);
        });
    }

    public TimelineCanvas canvas() {
        return canvas;
    }

    /** Puts the memo of the focused conference at the side of the timeline. */
    public void showMemo(dev.annals.ui.memo.MemoEditorViewModel memo) {
        var pane = new dev.annals.ui.memo.MemoPane(memo, "timeline", "memo.hint.timeline");
        pane.setPrefWidth(280);
        pane.setMaxHeight(Double.MAX_VALUE);
        setRight(pane);
        Runnable follow = () -> {
            var c = vm.navigation().focusedConference();
            memo.show(c == null ? null : dev.annals.model.MemoSubject.conference(c.id()));
        };
        vm.focusedIndexProperty().addListener((obs, o, n) -> follow.run());
        // a new layout is refocused just after it is set: follow the focus once it has settled
        vm.layoutProperty().addListener((obs, o, n) -> javafx.application.Platform.runLater(follow));
        follow.run();
    }

    public TimelineViewModel viewModel() {
        return vm;
    }
}
