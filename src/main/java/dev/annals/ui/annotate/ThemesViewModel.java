package dev.annals.ui.annotate;

import dev.annals.logic.annotate.AnnotateException;
import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import dev.annals.ui.common.Reloader;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The codebook editor, the theme browser and the orphan list. Every change goes through the annotation services
 * in the background; the view reads the codebook again whenever the library's annotations, themes or documents
 * change (its own changes, those made in the reader or by an import, undo and redo).
 */
public final class ThemesViewModel {

    private static final Logger LOG = Logger.getLogger(ThemesViewModel.class.getName());

    private final AnnotateServices services;
    private final BackgroundTasks tasks;
    private final Navigator navigator;
    private final I18n i18n;
    private final Reloader<CodebookSnapshot> loader;

    private final ObservableList<ThemeRow> themes = FXCollections.observableArrayList();
    private final ObservableList<Long> browsedThemeIds = FXCollections.observableArrayList();
    private final ObservableList<BrowserItem> passages = FXCollections.observableArrayList();
    private final ObservableList<BrowserItem.Passage> orphans = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final IntegerProperty passageCount = new SimpleIntegerProperty();
    private final IntegerProperty documentCount = new SimpleIntegerProperty();
    private final IntegerProperty exampleCount = new SimpleIntegerProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    public ThemesViewModel(AnnotateServices services, BackgroundTasks tasks, Navigator navigator, I18n i18n, FxLibraryChanges changes) {
        this.services = services;
        this.tasks = tasks;
        this.navigator = navigator;
        this.i18n = i18n;
        this.loader = new Reloader<>(tasks, i18n.t("themes.task.load"), () -> {
            Set<Long> browsed = new LinkedHashSet<>(browsedThemeIds);
            Integer y = year.get();
            return p -> CodebookSnapshot.read(services, browsed, y);
        }, this::apply, this::fail);
        changes.subscribe(change -> {
            updateUndoState();
            if (change.changesAnnotations() || change.changesDocuments()) reload();
        });
        year.addListener((obs, old, now) -> reload());
        browsedThemeIds.addListener((javafx.collections.ListChangeListener<Long>) c -> reload());
    }

    public void reload() {
        loader.request();
    }

    private void apply(CodebookSnapshot s) {
        themes.setAll(s.themes());
        passages.setAll(s.passages());
        orphans.setAll(s.orphans());
        if (!years.equals(s.years())) years.setAll(s.years());
        passageCount.set(s.passageCount());
        documentCount.set(s.documentCount());
        exampleCount.set(s.exampleCount());
        updateUndoState();
    }

    private void updateUndoState() {
        canUndo.set(services.undoHistory().canUndo());
        canRedo.set(services.undoHistory().canRedo());
    }

    public void create(String name, String color, Long parentId, String description) {
        change("themes.task.create", () -> services.themes().create(name, color, parentId, description));
    }

    public void rename(long id, String name) { change("themes.task.rename", () -> services.themes().rename(id, name)); }

    public void recolor(long id, String color) { change("themes.task.recolor", () -> services.themes().recolor(id, color)); }

    public void describe(long id, String description) { change("themes.task.describe", () -> services.themes().describe(id, description)); }

    public void setParent(long id, Long parentId) { change("themes.task.move", () -> services.themes().setParent(id, parentId)); }

    public void move(long id, int delta) { change("themes.task.move", () -> services.themes().move(id, delta)); }

    public void merge(long sourceId, long targetId) { change("themes.task.merge", () -> services.themes().merge(sourceId, targetId)); }

    /** Deletes a theme with its annotations (the view asks first when it has any); undo brings both back. */
    public void delete(long id) {
        browsedThemeIds.remove(id);
        change("themes.task.delete", () -> services.themes().delete(id));
    }

    public void removeStarterCodebook() { change("themes.task.removeStarter", () -> services.starterCodebook().removeUnused()); }

    /** Deletes the starter example annotations as one undoable step. */
    public void removeExamples() { change("themes.task.removeExamples", () -> services.starterExamples().remove()); }

    public void deleteOrphan(long annotationId) { change("themes.task.deleteOrphan", () -> services.annotations().delete(annotationId)); }

    public void undo() { change("themes.task.undo", () -> services.undoHistory().undo()); }

    public void redo() { change("themes.task.redo", () -> services.undoHistory().redo()); }

    /**
     * Shows these themes' passages (what {@code Navigator.showThemeBrowser} asks for). A date range within one
     * year becomes the year filter; any other range shows every year.
     */
    public void browse(java.util.Collection<Long> themeIds, dev.annals.model.PartialDate from, dev.annals.model.PartialDate to) {
        year.set(from != null && to != null && from.year() == to.year() ? Integer.valueOf(from.year()) : null);
        browsedThemeIds.setAll(themeIds);
    }

    /** Shows these themes' passages in documents of one year (null: every year). */
    public void browse(java.util.Collection<Long> themeIds, Integer inYear) {
        year.set(inYear);
        browsedThemeIds.setAll(themeIds);
    }

    /** Opens the reader on the passage, selected. */
    public void openPassage(BrowserItem.Passage passage) {
        var anchor = passage.annotation().anchor();
        navigator.openDocument(passage.annotation().docId(), anchor.start(), anchor.end());
    }

    /** Opens the reader on the orphan's document, where the user can select a new passage for it. */
    public void openOrphanDocument(BrowserItem.Passage orphan) {
        navigator.openDocument(orphan.annotation().docId());
    }

    private void change(String titleKey, Runnable work) {
        error.set("");
        tasks.submit(i18n.t(titleKey), p -> {
            work.run();
            return Boolean.TRUE;
        }, done -> updateUndoState(), this::fail);
    }

    private void fail(Throwable e) {
        if (e instanceof AnnotateException ae) {
            error.set(i18n.t("themes.error." + ae.reason().name()));
        } else {
            LOG.log(Level.WARNING, "themes view", e);
            error.set(i18n.t("themes.error.unexpected", String.valueOf(e.getMessage())));
        }
    }

    public ObservableList<ThemeRow> themes() { return themes; }

    /** The themes whose passages the browser shows; the view keeps it equal to the list's selection. */
    public ObservableList<Long> browsedThemeIds() { return browsedThemeIds; }

    public ObservableList<BrowserItem> passages() { return passages; }

    public ObservableList<BrowserItem.Passage> orphans() { return orphans; }

    public ObservableList<Integer> years() { return years; }

    /** The year filter of the browser; null for every year. */
    public ObjectProperty<Integer> yearProperty() { return year; }

    public IntegerProperty passageCountProperty() { return passageCount; }

    public IntegerProperty documentCountProperty() { return documentCount; }

    /** How many starter example annotations the library still has. */
    public IntegerProperty exampleCountProperty() { return exampleCount; }

    /** The last error, in the interface language; empty when the last action worked. */
    public StringProperty errorProperty() { return error; }

    public BooleanProperty canUndoProperty() { return canUndo; }

    public BooleanProperty canRedoProperty() { return canRedo; }
}
