package dev.annals.ui.timeline;

import dev.annals.logic.timeline.TimeWindow;
import dev.annals.logic.timeline.TimelineLayout;
import dev.annals.model.Conference;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;

import java.time.LocalDate;
import java.util.List;

/**
 * The visible window and the focused conference: zoom (around a point), pan, the "all" and "one year" presets,
 * and moving the focus from one conference to the next, panning to keep it in view.
 */
public final class TimelineNavigation {

    static final int DEFAULT_FIRST_YEAR = 2020;
    static final int DEFAULT_LAST_YEAR = 2024;
    static final double ZOOM_STEP = 1.5;
    static final double MIN_DAYS = 14;
    static final double MAX_DAYS = 365.25 * 200;
    /** Room left on each side of "all", as a share of it, so markers at the ends are not cut. */
    static final double MARGIN = 0.03;

    private final ObservableObjectValue<TimelineLayout> layout;
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(allWindow(List.of()));
    private final IntegerProperty focusedIndex = new SimpleIntegerProperty(-1);

    TimelineNavigation(ObservableObjectValue<TimelineLayout> layout) {
        this.layout = layout;
    }

    /** 2020 to 2024, widened to the first and last conference. */
    static TimeWindow allWindow(List<Conference> conferences) {
        int first = DEFAULT_FIRST_YEAR;
        int last = DEFAULT_LAST_YEAR;
        for (Conference c : conferences) {
            first = Math.min(first, c.date().year());
            last = Math.max(last, c.date().endExclusive().minusDays(1).getYear());
        }
        TimeWindow exact = TimeWindow.of(LocalDate.of(first, 1, 1), LocalDate.of(last + 1, 1, 1));
        double margin = exact.days() * MARGIN;
        return new TimeWindow(exact.startDay() - margin, exact.endDay() + margin);
    }

    public void showAll() {
        window.set(allWindow(layout.get().conferences()));
    }

    /** The year of the focused conference, else the year in the middle of the window. */
    public void showOneYear() {
        Conference focused = focusedConference();
        int year = focused != null ? focused.date().year() : LocalDate.ofEpochDay((long) window.get().center()).getYear();
        TimeWindow exact = TimeWindow.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        window.set(new TimeWindow(exact.startDay() - 6, exact.endDay() + 6));
    }

    public void zoomIn() {
        zoom(ZOOM_STEP, 0.5);
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP, 0.5);
    }

    /** Zooms by {@code factor} (> 1 shows less time), keeping the day at {@code anchorFraction} of the width still. */
    public void zoom(double factor, double anchorFraction) {
        TimeWindow w = window.get();
        double days = Math.max(MIN_DAYS, Math.min(MAX_DAYS, w.days() / factor));
        window.set(w.zoomed(w.days() / days, anchorFraction));
    }

    /** Pans by a share of the visible width; positive moves later in time. */
    public void panBy(double fractionOfWidth) {
        TimeWindow w = window.get();
        window.set(w.shifted(w.days() * fractionOfWidth));
    }

    public void panDays(double days) {
        window.set(window.get().shifted(days));
    }

    public void focusNext() {
        move(1);
    }

    public void focusPrevious() {
        move(-1);
    }

    /** Whether a next (or previous) conference exists, so Tab can leave the timeline at either end. */
    public boolean canMove(int direction) {
        int target = focusedIndex.get() < 0 ? (direction > 0 ? 0 : size() - 1) : focusedIndex.get() + direction;
        return target >= 0 && target < size();
    }

    private void move(int direction) {
        if (!canMove(direction)) return;
        focus(focusedIndex.get() < 0 ? (direction > 0 ? firstVisibleOrFirst() : size() - 1) : focusedIndex.get() + direction);
    }

    private int firstVisibleOrFirst() {
        List<Conference> all = layout.get().conferences();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).date().endExclusive().toEpochDay() > window.get().startDay()) return i;
        }
        return 0;
    }

    /** Focuses a conference by its index in the layout, panning (never zooming) to bring it into view. */
    public void focus(int index) {
        if (index < 0 || index >= size()) {
            focusedIndex.set(-1);
            return;
        }
        focusedIndex.set(index);
        Conference c = layout.get().conferences().get(index);
        TimeWindow w = window.get();
        double start = c.date().firstDay().toEpochDay();
        double end = c.date().endExclusive().toEpochDay();
        double margin = w.days() * 0.08;
        if (start < w.startDay() + margin || end > w.endDay() - margin) {
            window.set(w.shifted((start + end) / 2 - w.center()));
        }
    }

    /** After the layout changed: focuses the same conference again if it is still shown. */
    void refocus(Conference previous) {
        int index = previous == null ? -1 : layout.get().conferences().indexOf(previous);
        focusedIndex.set(index);
    }

    public Conference focusedConference() {
        int i = focusedIndex.get();
        return i >= 0 && i < size() ? layout.get().conferences().get(i) : null;
    }

    private int size() {
        return layout.get().conferences().size();
    }

    public ObjectProperty<TimeWindow> windowProperty() { return window; }
    public IntegerProperty focusedIndexProperty() { return focusedIndex; }
}
