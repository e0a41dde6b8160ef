package dev.annals.app;

import dev.annals.logic.LibraryOpener;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import dev.annals.ui.library.FxFilePicker;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The JavaFX application: opens the library and shows the main window. */
public final class AnnalsApp extends Application {

    /** What the launcher hands to the application, which JavaFX constructs itself. */
    record Startup(Path libraryFolder, String lang, LibraryOpener opener, dev.annals.logic.library.LibraryMaintenance maintenance) {
    }

    private static final Logger LOG = Logger.getLogger(AnnalsApp.class.getName());
    private static Startup startup;
    private static volatile int exitStatus;

    private final PreferencesStore preferences = PreferencesStore.forUser();
    private FxBackgroundTasks tasks;
    private WindowLibrary library;

    static void configure(Startup value) {
        startup = value;
        exitStatus = 0;
    }

    /** 0, or 3 when the library could not be opened. */
    static int exitStatus() {
        return exitStatus;
    }

    @Override
    public void start(Stage stage) {
        UserSettings settings = new UserSettings(FirstFrameProbe.requested() ? SettingsStore.inMemory() : preferences);
        String lang = UserSettings.resolveLanguage(startup.lang(), settings.language(), Locale.getDefault());
        BundledFonts.load();
        tasks = new FxBackgroundTasks();
        I18n i18n = I18n.forLanguage(lang);
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            LOG.log(Level.SEVERE, "unexpected error in the window", e);
            I18n now = I18n.forLanguage(settings.language().orElse(lang)); // the user may have switched language since
            Platform.runLater(() -> showError(now, e)); // not during a pulse, where a modal dialog is not allowed
        });
        library = new WindowLibrary(stage, startup.libraryFolder(), startup.opener(), startup.maintenance(), tasks,
                session -> new DesktopWindow(stage, session, tasks, settings, new FxFilePicker(i18n.t("library.import.fileType")),
                        uri -> getHostServices().showDocument(uri), Version.current()), lang);
        FirstFrameProbe.installIfRequested(stage);
        try {
            if (!library.open()) {
                exitStatus = 3;
                Platform.exit();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot open the library", e);
            exitStatus = 1;
            showError(i18n, e);
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        if (!FirstFrameProbe.requested()) preferences.flush();
        if (tasks != null) tasks.close();
        if (library != null) library.close();
    }

    private static void showError(I18n i18n, Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                DialogButtons.ok(i18n));
        alert.setTitle(i18n.t("shell.error.title"));
        alert.setHeaderText(i18n.t("shell.error.title"));
        alert.showAndWait();
    }
}
