package dev.annals.ui.shell;

import dev.annals.logic.LibraryCounts;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Reloader;
import dev.annals.ui.common.TaskHandle;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The state of the main window: which view shows, the look, the work under way, and the library's counts, read
 * again after every change of documents or annotations.
 */
public final class MainViewModel {

    private static final Logger LOG = Logger.getLogger(MainViewModel.class.getName());

    private static final double SCALE_STEP = 0.1;

    private final UserSettings settings;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.LIBRARY);
    private final ObjectProperty<ThemeMode> theme = new SimpleObjectProperty<>();
    private final DoubleProperty uiScale = new SimpleDoubleProperty();
    private final ReadOnlyIntegerWrapper documentCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper annotationCount = new ReadOnlyIntegerWrapper();

    public MainViewModel(UserSettings settings, BackgroundTasks tasks, I18n i18n, Supplier<LibraryCounts> counts,
                         FxLibraryChanges changes) {
        this.settings = settings;
        this.tasks = tasks;
        Reloader<LibraryCounts> countsLoader = Reloader.of(tasks, i18n.t("shell.task.counts"), p -> counts.get(), this::showCounts,
                e -> LOG.log(Level.WARNING, "cannot count the library", e));
        changes.subscribe(change -> {
            if (change.changesDocuments() || change.changesAnnotations()) countsLoader.request();
        });
        countsLoader.request();
        theme.set(settings.theme());
        uiScale.set(settings.uiScale());
        section.set(settings.lastView().orElse(Section.LIBRARY));
        section.addListener((o, was, now) -> settings.setLastView(now));
        theme.addListener((o, was, now) -> settings.setTheme(now));
        uiScale.addListener((o, was, now) -> settings.setUiScale(now.doubleValue()));
    }

    public ObjectProperty<Section> sectionProperty() { return section; }

    /** The first-start tips are shown until seen to the end or dismissed, once per user. */
    public boolean tourPending() { return !settings.tourSeen(); }

    public void tourDone() { settings.setTourSeen(); }

    public ObjectProperty<ThemeMode> themeProperty() { return theme; }

    /** The UI font size as a factor of the theme's 14 px, from 0.8 to 1.6. */
    public DoubleProperty uiScaleProperty() { return uiScale; }

    public ReadOnlyIntegerProperty documentCountProperty() { return documentCount.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty annotationCountProperty() { return annotationCount.getReadOnlyProperty(); }

    private void showCounts(LibraryCounts counts) {
        documentCount.set(counts.documents());
        annotationCount.set(counts.annotations());
    }

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
