package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.UserSettings;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/** The real main window on a library seeded with the bundled articles, shown in a test's stage. */
record SeededWindow(LibrarySession session, FxBackgroundTasks tasks, DesktopWindow window) {

    static SeededWindow show(Stage stage, Path folder, UserSettings settings, String lang) {
        return show(stage, folder, settings, lang, FilePicker.answering(List.of()));
    }

    /** With a stand-in for the system's file dialog, which answers {@code picker}'s paths. */
    static SeededWindow show(Stage stage, Path folder, UserSettings settings, String lang, FilePicker picker) {
        return show(stage, TestLibraries.openSeeded(folder), settings, lang, picker);
    }

    /** The window on a library already open. */
    static SeededWindow show(Stage stage, LibrarySession session, UserSettings settings, String lang, FilePicker picker) {
        BundledFonts.load();
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        DesktopWindow window = new DesktopWindow(stage, session, tasks, settings, picker, uri -> { }, "test");
        window.show(lang);
        return new SeededWindow(session, tasks, window);
    }

    void close() {
        tasks.close();
        session.close();
    }
}
