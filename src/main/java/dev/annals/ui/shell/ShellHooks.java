package dev.annals.ui.shell;

import dev.annals.model.PartialDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The actions that belong to other features, set by the app when it wires them. A menu item or button whose hook
 * is not set is disabled; a navigation whose hook is not set just shows the section (its empty state).
 */
public final class ShellHooks {

    /** Opens a document in the reader, selecting the code-point range [start, end) when end > start. */
    @FunctionalInterface
    public interface DocumentOpener {
        void open(long docId, int start, int end);
    }

    /** Shows the theme browser for these themes within an optional date range. */
    @FunctionalInterface
    public interface ThemeBrowserOpener {
        void open(Set<Long> themeIds, PartialDate from, PartialDate to);
    }

    private final ObjectProperty<Runnable> importFiles = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> importFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<Consumer<List<Path>>> importPaths = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> importAnnotations = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> importProject = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> export = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> rebuildIndex = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> restoreBackup = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> redo = new SimpleObjectProperty<>();
    private final ObjectProperty<Runnable> find = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentOpener> openDocument = new SimpleObjectProperty<>();
    private final ObjectProperty<ThemeBrowserOpener> showThemeBrowser = new SimpleObjectProperty<>();
    private final ObjectProperty<Consumer<String>> showSearch = new SimpleObjectProperty<>();
    private final ObjectProperty<java.util.function.LongConsumer> showConference = new SimpleObjectProperty<>();
    private final ObjectProperty<Consumer<List<Long>>> compareConferences = new SimpleObjectProperty<>();
    private final ObjectProperty<Consumer<String>> changeLanguage = new SimpleObjectProperty<>();

    /** File > Import… (Ctrl+O): choose files and import them. */
    public ObjectProperty<Runnable> importFiles() { return importFiles; }

    /** File > Import folder… (Ctrl+Shift+O). */
    public ObjectProperty<Runnable> importFolder() { return importFolder; }

    /** Files or folders dropped onto the window. */
    public ObjectProperty<Consumer<List<Path>>> importPaths() { return importPaths; }

    public ObjectProperty<Runnable> importAnnotations() { return importAnnotations; }

    /** File > Import project…: a REFI-QDA project or codebook. */
    public ObjectProperty<Runnable> importProject() { return importProject; }

    public ObjectProperty<Runnable> export() { return export; }

    public ObjectProperty<Runnable> rebuildIndex() { return rebuildIndex; }

    /** File > Restore from backup…: choose a backup and put it in place of the library. */
    public ObjectProperty<Runnable> restoreBackup() { return restoreBackup; }

    public ObjectProperty<Runnable> undo() { return undo; }

    public ObjectProperty<Runnable> redo() { return redo; }

    /** Edit > Find (Ctrl+F): find in the open document. */
    public ObjectProperty<Runnable> find() { return find; }

    public ObjectProperty<DocumentOpener> openDocument() { return openDocument; }

    public ObjectProperty<ThemeBrowserOpener> showThemeBrowser() { return showThemeBrowser; }

    public ObjectProperty<Consumer<String>> showSearch() { return showSearch; }

    /** Selects a conference on the timeline. */
    public ObjectProperty<java.util.function.LongConsumer> showConference() { return showConference; }
    /** Opens the comparison of 2 to 4 conferences, by id. */
    public ObjectProperty<Consumer<List<Long>>> compareConferences() { return compareConferences; }

    /** Called with "vi" or "en" when the user picks a language; the app rebuilds the window in it. */
    public ObjectProperty<Consumer<String>> changeLanguage() { return changeLanguage; }
}
