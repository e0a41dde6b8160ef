package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.export.ExportWindows;
import dev.annals.ui.export.LastFolder;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.library.LibraryView;
import dev.annals.ui.library.LibraryViewModel;
import dev.annals.ui.shell.MainViewModel;
import dev.annals.ui.shell.MainWindow;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.ShellHooks;
import dev.annals.ui.shell.ShellNavigator;
import dev.annals.ui.shell.UserSettings;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds the main window for one open library in one language: the shell, and each feature view plugged into
 * its section (see {@link FeatureViews}). Every ViewModel hears the library's changes through one
 * {@link FxLibraryChanges}, closed with the window's content.
 */
final class WindowAssembly {

    /** The window's parts the app keeps a hand on. */
    record Parts(MainWindow window, MainViewModel shell, ShellHooks hooks, LibraryViewModel library, LibraryView libraryView,
                 FeatureViews features, FxLibraryChanges changes) {
    }

    private WindowAssembly() {
    }

    static Parts build(LibrarySession session, I18n i18n, BackgroundTasks tasks, UserSettings settings,
                       FilePicker picker, Consumer<String> uriOpener, String version, FxLibraryChanges changes) {
        MainViewModel shell = new MainViewModel(settings, tasks, i18n, session::counts, changes);
        ShellHooks hooks = new ShellHooks();
        ShellNavigator navigator = new ShellNavigator(shell, hooks);

        LibraryViewModel library = new LibraryViewModel(session.documents(), session.importer(), session.undoHistory(), tasks, i18n, changes);
        LibraryView libraryView = new LibraryView(library, i18n, navigator, picker, uriOpener);
        hooks.importFiles().set(libraryView::importFiles);
        hooks.importFolder().set(libraryView::importFolder);
        hooks.importPaths().set(library::importPaths);

        Map<Section, Supplier<Node>> views = new EnumMap<>(Section.class);
        views.put(Section.LIBRARY, libraryView::root);
        FeatureViews features = new FeatureViews(session, i18n, tasks, navigator, hooks, changes, picker::chooseSaveFile);
        features.plug(views);

        MainWindow window = new MainWindow(shell, hooks, navigator, i18n, new MainWindow.Info(version, session.folder()), views);
        Supplier<javafx.stage.Window> owner = () -> window.root().getScene() == null ? null : window.root().getScene().getWindow();
        LastFolder exportFolder = LastFolder.of(settings::exportFolder, settings::setExportFolder);
        hooks.export().set(() -> ExportWindows.openExport(session.export().exporter(), () -> session.themes().list(),
                () -> session.documents().list(), tasks, i18n, exportFolder, owner.get()));
        hooks.importAnnotations().set(() -> ExportWindows.importAnnotations(session.export().importer(), tasks, i18n, exportFolder,
                owner.get()));
        hooks.importProject().set(() -> ExportWindows.importProject(session.projects(), tasks, i18n, exportFolder, owner.get()));
        window.addShortcutHelp(i18n.t("timeline.shortcut.pick"), "Ctrl+Space / Ctrl+click");
        window.addShortcutHelp(i18n.t("timeline.shortcut.compare"), "Ctrl+Enter");
        window.addShortcutHelp(i18n.t("library.shortcut.open"), "Enter");
        window.addShortcutHelp(i18n.t("library.shortcut.delete"), "Delete");
        window.addShortcutHelp(i18n.t("library.shortcut.filter"), "Ctrl+L");
        window.root().sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+L"), () -> {
                shell.show(Section.LIBRARY);
                libraryView.focusFilter();
            });
        });
        library.reload();
        return new Parts(window, shell, hooks, library, libraryView, features, changes);
    }
}
