package dev.annals.ui.timeline;

import dev.annals.logic.timeline.Ticks;
import dev.annals.logic.timeline.TimeWindow;
import dev.annals.model.Conference;
import dev.annals.ui.timeline.TimelinePainter.Marker;
import javafx.geometry.Bounds;
import javafx.collections.SetChangeListener;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time axis: a canvas redrawn whenever the window, the layout, the focus or the theme changes, showing only
 * what is visible. Mouse: Ctrl+scroll zooms, drag pans, a click focuses, a double click opens, Ctrl+click picks for comparison. Keys are handled by {@link TimelineKeys}.
 */
public final class TimelineCanvas extends Region {

    private final TimelineViewModel vm;
    private final Canvas canvas = new Canvas();
    private final TimelinePainter painter = new TimelinePainter();
    private final TimelinePalette palette = new TimelinePalette(this::redrawAnew);
    private final Tooltip tooltip = new Tooltip();
    private List<Marker> markers = List.of();
    private double dragStartX = Double.NaN;
    private TimeWindow dragStartWindow;
    private boolean dragged;
    private final ConferenceMenu menu;
    private ContextMenu contextMenu;
    private final ConferenceAccessibles accessibles;
    private List<Object> drawn = List.of();

    public TimelineCanvas(TimelineViewModel vm) {
        this.vm = vm;
        this.menu = new ConferenceMenu(vm);
        setId("timelineCanvas");
        getStyleClass().add("timeline-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        accessibles = new ConferenceAccessibles(vm);
        setAccessibleText(vm.text().get("timeline.canvas.name"));
        setAccessibleHelp(vm.text().get("timeline.canvas.help"));
        getChildren().addAll(canvas, palette, accessibles.holder());
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        initListeners();
    }

    private void initListeners() {
        vm.layoutProperty().addListener((obs, o, n) -> redraw());
        vm.windowProperty().addListener((obs, o, n) -> redraw());
        vm.focusedIndexProperty().addListener((obs, o, n) -> {
            redraw();
            notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED_ITEMS);
        });
        vm.lanesProperty().addListener((obs, o, n) -> requestLayout());
        vm.selection().ids().addListener((SetChangeListener<Long>) c -> {
            redraw();
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED_ITEMS);
        });
        focusedProperty().addListener((obs, o, n) -> redraw());
        addEventHandler(KeyEvent.KEY_PRESSED, new TimelineKeys(vm.navigation(), vm::openFocused, vm::toggleFocusedSelected, vm.selection()::clear));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
    }

    /** Over a marker, or from the keyboard on the focused conference. */
    private void onContextMenu(ContextMenuEvent e) {
        Optional<Conference> target = e.isKeyboardTrigger()
                ? Optional.ofNullable(vm.navigation().focusedConference())
                : hit(e.getX(), e.getY()).map(m -> {
                    vm.navigation().focus(m.placed().index());
                    return m.placed().conference();
                });
        target.ifPresent(c -> {
            if (contextMenu != null) contextMenu.hide();
            contextMenu = menu.build(c);
            contextMenu.show(this, e.getScreenX(), e.getScreenY());
        });
        e.consume();
    }

    double timeWidth() {
        return Math.max(1, getWidth() - TimelinePainter.GUTTER - TimelinePainter.RIGHT_PAD);
    }

    @Override
    protected double computePrefHeight(double width) {
        return TimelinePainter.AXIS_HEIGHT + lanes() * TimelinePainter.LANE_HEIGHT + 8;
    }

    /** Every lane at its compact height with its label: below that, the view scrolls instead of cutting lanes off. */
    @Override
    protected double computeMinHeight(double width) {
        return TimelinePainter.AXIS_HEIGHT + lanes() * TimelinePainter.MIN_LANE_HEIGHT + 8;
    }

    private int lanes() {
        return Math.max(1, vm.lanesProperty().get().size());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        redraw();
    }

    /** Draws again even if nothing the canvas knows of changed (the theme's colours did). */
    private void redrawAnew() {
        drawn = List.of();
        redraw();
    }

    void redraw() {
        if (getWidth() <= 0 || getHeight() <= 0) return;
        TimeWindow window = vm.windowProperty().get();
        double width = timeWidth();
        // a layout pass that changed nothing drawn need not draw thousands of markers again
        List<Object> drawing = List.of(canvas.getWidth(), canvas.getHeight(), window, vm.layoutProperty().get(), vm.lanesProperty().get(),
                vm.focusedIndexProperty().get(), Set.copyOf(vm.selection().ids()), vm.dataProperty().get(), isFocused());
        if (drawing.equals(drawn)) return;
        drawn = drawing;
        var scene = new TimelineScene(vm.lanesProperty().get(), Ticks.ticks(window, width),
                vm.layoutProperty().get().place(window, width, vm.lanesProperty().get()),
                vm.focusedIndexProperty().get(), Set.copyOf(vm.selection().ids()), vm.dataProperty().get(), vm.text());
        markers = painter.paint(canvas.getGraphicsContext2D(), scene, palette);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        Object answer = accessibles.answer(attribute, parameters);
        return answer != null ? answer : super.queryAccessibleAttribute(attribute, parameters);
    }

    /** The markers drawn in the last frame, oldest first. */
    public List<Marker> markers() {
        return markers;
    }

    /** Where a conference's marker is, in this node's coordinates, if it is visible. */
    public Optional<Bounds> markerBounds(int index) {
        return markers.stream().filter(m -> m.placed().index() == index).map(Marker::bounds).findFirst();
    }

    private Optional<Marker> hit(double x, double y) {
        for (int i = markers.size() - 1; i >= 0; i--) {
            Bounds b = markers.get(i).bounds();
            if (x >= b.getMinX() - 5 && x <= b.getMaxX() + 5 && y >= b.getMinY() - 5 && y <= b.getMaxY() + 14) return Optional.of(markers.get(i));
        }
        return Optional.empty();
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double fraction = Math.max(0, Math.min(1, (e.getX() - TimelinePainter.GUTTER) / timeWidth()));
            vm.navigation().zoom(e.getDeltaY() > 0 ? 1.25 : 1 / 1.25, fraction);
            e.consume();
        } else if (e.getDeltaX() != 0 || e.isShiftDown()) {
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            vm.navigation().panBy(-delta / timeWidth());
            e.consume();
        }
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (!e.isPrimaryButtonDown()) return;
        dragStartX = e.getX();
        dragStartWindow = vm.windowProperty().get();
        dragged = false;
    }

    private void onDragged(MouseEvent e) {
        if (Double.isNaN(dragStartX)) return;
        double dx = e.getX() - dragStartX;
        if (Math.abs(dx) > 3) dragged = true;
        if (!dragged) return;
        setCursor(Cursor.CLOSED_HAND);
        vm.windowProperty().set(dragStartWindow.shifted(-dx / timeWidth() * dragStartWindow.days()));
    }

    private void onReleased(MouseEvent e) {
        setCursor(Cursor.DEFAULT);
        boolean click = !dragged && !Double.isNaN(dragStartX);
        dragStartX = Double.NaN;
        if (!click) return;
        // a click picks a conference (its details show in the tooltip); a double click or Enter opens it;
        // a Ctrl+click picks it for comparison
        hit(e.getX(), e.getY()).ifPresent(m -> {
            vm.navigation().focus(m.placed().index());
            if (e.isShortcutDown() || e.isControlDown()) vm.toggleSelected(m.placed().conference());
            else if (e.getClickCount() >= 2) vm.open(m.placed().conference());
        });
    }

    private void onMoved(MouseEvent e) {
        Optional<Marker> over = hit(e.getX(), e.getY());
        setCursor(over.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
        if (over.isPresent()) {
            tooltip.setText(tooltipFor(over.get().placed().conference()));
            Tooltip.install(this, tooltip);
        } else {
            Tooltip.uninstall(this, tooltip);
        }
    }

    /** The tooltip text shown over a conference's marker. */
    public String tooltipFor(Conference c) {
        int annotations = vm.dataProperty().get().themeCounts(c.id()).values().stream().mapToInt(Integer::intValue).sum();
        return vm.text().tooltip(c, annotations);
    }
}
