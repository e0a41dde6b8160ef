package dev.annals.ui.shell;

import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.TaskHandle;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/** The state of the main window: which view shows, the look, the counts and the work under way. */
public final class MainViewModel {

    private static final double SCALE_STEP = 0.1;

    private final UserSettings settings;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.LIBRARY);
    private final ObjectProperty<ThemeMode> theme = new SimpleObjectProperty<>();
    private final DoubleProperty uiScale = new SimpleDoubleProperty();
    private final IntegerProperty documentCount = new SimpleIntegerProperty();
    private final IntegerProperty annotationCount = new SimpleIntegerProperty();

    public MainViewModel(UserSettings settings, BackgroundTasks tasks) {
        this.settings = settings;
        this.tasks = tasks;
        theme.set(settings.theme());
        uiScale.set(settings.uiScale());
        section.set(settings.lastView().orElse(Section.LIBRARY));
        section.addListener((o, was, now) -> settings.setLastView(now));
        theme.addListener((o, was, now) -> settings.setTheme(now));
        uiScale.addListener((o, was, now) -> settings.setUiScale(now.doubleValue()));
    }

    public ObjectProperty<Section> sectionProperty() { return section; }

    public ObjectProperty<ThemeMode> themeProperty() { return theme; }

    /** The UI font size as a factor of the theme's 14 px, from 0.8 to 1.6. */
    public DoubleProperty uiScaleProperty() { return uiScale; }

    public IntegerProperty documentCountProperty() { return documentCount; }

    public IntegerProperty annotationCountProperty() { return annotationCount; }

    public ObservableList<TaskHandle> runningTasks() {
        return tasks.running().tasks();
    }

    public UserSettings settings() {
        return settings;
    }

    public void show(Section target) {
        section.set(target);
    }

    public void zoomIn() {
        setScale(uiScale.get() + SCALE_STEP);
    }

    public void zoomOut() {
        setScale(uiScale.get() - SCALE_STEP);
    }

    public void resetZoom() {
        setScale(1);
    }

    public boolean canZoomIn() {
        return uiScale.get() < UserSettings.MAX_SCALE - 1e-9;
    }

    public boolean canZoomOut() {
        return uiScale.get() > UserSettings.MIN_SCALE + 1e-9;
    }

    /** Remembers the document the reader shows, to reopen it next time. */
    public void documentOpened(long docId) {
        settings.setLastDocument(docId);
    }

    private void setScale(double value) {
        double clamped = Math.max(UserSettings.MIN_SCALE, Math.min(UserSettings.MAX_SCALE, value));
        uiScale.set(Math.round(clamped * 10) / 10.0);
    }
}
