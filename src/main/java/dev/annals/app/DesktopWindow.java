package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.UserSettings;
import dev.annals.ui.shell.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.function.Consumer;

/**
 * The main stage: puts the window back where it was (if that is still on a screen), builds its content in the
 * chosen language (again when the user switches language, keeping the open document, the search and the browsed
 * themes), reopens the last document and saves the window on close.
 */
final class DesktopWindow {

    private final Stage stage;
    private final LibrarySession session;
    private final BackgroundTasks tasks;
    private final UserSettings settings;
    private final FilePicker picker;
    private final Consumer<String> uriOpener;
    private final String version;
    private WindowAssembly.Parts parts;
    private Runnable restoreBackup;

    DesktopWindow(Stage stage, LibrarySession session, BackgroundTasks tasks, UserSettings settings, FilePicker picker,
                  Consumer<String> uriOpener, String version) {
        this.stage = stage;
        this.session = session;
        this.tasks = tasks;
        this.settings = settings;
        this.picker = picker;
        this.uriOpener = uriOpener;
        this.version = version;
    }

    /** What File › Restore from backup… does. */
    void onRestoreBackup(Runnable action) {
        restoreBackup = action;
        if (parts != null) parts.hooks().restoreBackup().set(action);
    }

    WindowAssembly.Parts parts() {
        return parts;
    }

    void show(String lang) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowBounds bounds = settings.window().fittedTo(screen.getWidth(), screen.getHeight());
        Scene scene = new Scene(build(lang), bounds.width(), bounds.height());
        stage.setScene(scene);
        placeOnScreen(bounds);
        stage.setOnHidden(e -> {
            parts.features().saveMemos();
            saveBounds();
        });
        stage.show();
        reopenLastDocument();
    }

    /**
     * Rebuilds the window's content in another language. The view and the look carry over through the settings;
     * the open document, the search and the browsed themes are shown again. The old views stop hearing changes.
     */
    void switchLanguage(String lang) {
        settings.setLanguage(lang);
        FeatureViews.State state = parts.features().state();
        parts.changes().close();
        stage.getScene().getAccelerators().clear();
        stage.getScene().setRoot(build(lang));
        parts.features().restore(state);
    }

    private javafx.scene.Parent build(String lang) {
        I18n i18n = I18n.forLanguage(lang);
        parts = WindowAssembly.build(session, i18n, tasks, settings, picker, uriOpener, version,
                FxLibraryChanges.onFxThread(session.changes()));
        parts.hooks().changeLanguage().set(this::switchLanguage);
        parts.hooks().restoreBackup().set(restoreBackup);
        stage.setTitle(i18n.t("shell.window.title", session.folder().getFileName() == null
                ? session.folder().toString() : session.folder().getFileName().toString()));
        return parts.window().root();
    }

    private void reopenLastDocument() {
        if (parts.shell().sectionProperty().get() != Section.READER) return;
        settings.lastDocument().ifPresent(id -> parts.window().navigator().openDocument(id));
    }

    private void placeOnScreen(WindowBounds bounds) {
        boolean visible = bounds.hasPosition() && !Screen.getScreensForRectangle(
                new Rectangle2D(bounds.x(), bounds.y(), Math.max(1, bounds.width()), Math.max(1, bounds.height()))).isEmpty();
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximized());
    }

    private void saveBounds() {
        if (stage.isMaximized()) {
            WindowBounds old = settings.window();
            settings.setWindow(new WindowBounds(old.x(), old.y(), old.width(), old.height(), true));
        } else {
            settings.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getScene().getWidth(), stage.getScene().getHeight(), false));
        }
    }
}
