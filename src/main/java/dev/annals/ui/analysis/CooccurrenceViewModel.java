package dev.annals.ui.analysis;

import dev.annals.logic.analysis.CooccurrenceExports;
import dev.annals.logic.analysis.CooccurrenceFilter;
import dev.annals.logic.analysis.CooccurrenceMatrix;
import dev.annals.logic.analysis.CooccurrenceService;
import dev.annals.logic.analysis.CooccurrenceUnit;
import dev.annals.logic.analysis.CooccurringPassages;
import dev.annals.logic.analysis.Passage;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import dev.annals.ui.common.Reloader;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The theme co-occurrence view's state: what two themes must share, the filters, the matrix, the cell opened with
 * the passages of both its themes, and the exports. It reads again when the library changes.
 */
public final class CooccurrenceViewModel {

    private static final Logger LOG = Logger.getLogger(CooccurrenceViewModel.class.getName());

    private record Loaded(CooccurrenceMatrix matrix, List<Conference> conferences) {
    }

    private final CooccurrenceService service;
    private final BackgroundTasks tasks;
    private final Navigator navigator;
    private final I18n i18n;
    private final Path libraryFolder;
    private final ObjectProperty<CooccurrenceUnit> unit = new SimpleObjectProperty<>(CooccurrenceUnit.PARAGRAPH);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<ConferenceKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Conference> conference = new SimpleObjectProperty<>();
    private final ObservableList<Conference> conferences = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CooccurrenceMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CooccurringPassages> opened = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Passage> firstPassages = FXCollections.observableArrayList();
    private final ObservableList<Passage> secondPassages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Reloader<Loaded> reloader;
    private final ExportRunner exports;

    public CooccurrenceViewModel(CooccurrenceService service, BackgroundTasks tasks, Navigator navigator, I18n i18n,
                                 FxLibraryChanges changes, Path libraryFolder) {
        this.service = service;
        this.tasks = tasks;
        this.navigator = navigator;
        this.i18n = i18n;
        this.libraryFolder = libraryFolder;
        this.reloader = new Reloader<>(tasks, i18n.t("analysis.loading"), this::read, this::show, failure -> fail("cannot count the themes", failure));
        this.exports = new ExportRunner(tasks, i18n, message);
        unit.addListener((o, was, now) -> reload());
        year.addListener((o, was, now) -> reload());
        kind.addListener((o, was, now) -> reload());
        conference.addListener((o, was, now) -> reload());
        changes.subscribe(this::heard);
    }

    private void heard(LibraryChange change) {
        if (change.changesAnnotations() || change.changesDocuments() || change.has(LibraryChange.Aspect.THEMES)
                || change.has(LibraryChange.Aspect.CONFERENCES)) {
            reload();
        }
    }

    public ObjectProperty<CooccurrenceUnit> unitProperty() { return unit; }

    public ObjectProperty<Integer> yearProperty() { return year; }

    public ObjectProperty<ConferenceKind> kindProperty() { return kind; }

    public ObjectProperty<Conference> conferenceProperty() { return conference; }

    public ObservableList<Conference> conferences() { return conferences; }

    public ReadOnlyObjectProperty<CooccurrenceMatrix> matrixProperty() { return matrix.getReadOnlyProperty(); }

    /** The cell opened, or null. */
    public ReadOnlyObjectProperty<CooccurringPassages> openedProperty() { return opened.getReadOnlyProperty(); }

    public ObservableList<Passage> firstPassages() { return firstPassages; }

    public ObservableList<Passage> secondPassages() { return secondPassages; }

    /** What the matrix counts, why it is empty, or what an export did. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void reload() {
        reloader.request();
    }

    private CooccurrenceFilter filter() {
        return new CooccurrenceFilter(year.get(), kind.get(), conference.get() == null ? null : conference.get().id());
    }

    private BackgroundTasks.Work<Loaded> read() {
        CooccurrenceUnit by = unit.get();
        CooccurrenceFilter filter = filter();
        return progress -> new Loaded(service.matrix(by, filter),
                service.conferences((k, d) -> i18n.kindName(k) + (d == null ? "" : ", " + i18n.formatDate(d))));
    }

    private void show(Loaded loaded) {
        Conference chosen = conference.get();
        if (!conferences.equals(loaded.conferences())) conferences.setAll(loaded.conferences());
        if (chosen != null && !conferences.contains(chosen)) {
            conferences.stream().filter(c -> c.id() == chosen.id()).findFirst().ifPresent(conference::set);
        }
        matrix.set(loaded.matrix());
        message.set(loaded.matrix().size() == 0 ? i18n.t("analysis.empty") : i18n.t("analysis.counts." + loaded.matrix().unit().id()));
        CooccurringPassages was = opened.get();
        if (was != null) open(was.first().id(), was.second().id());
    }

    /** Opens the cell of two themes: their passages that occur together, side by side. */
    public void open(long firstTheme, long secondTheme) {
        CooccurrenceUnit by = unit.get();
        CooccurrenceFilter filter = filter();
        tasks.submit(i18n.t("analysis.loading"), progress -> service.passages(by, filter, firstTheme, secondTheme), found -> {
            opened.set(found);
            firstPassages.setAll(found.ofFirst());
            secondPassages.setAll(found.ofSecond());
        }, failure -> fail("cannot list the passages", failure));
    }

    /** Opens a passage in the reader. */
    public void openPassage(Passage passage) {
        if (passage != null) navigator.openDocument(passage.docId(), passage.start(), passage.end());
    }

    public void exportCsv(Path target) {
        CooccurrenceMatrix m = matrix.get();
        if (m == null) return;
        exports.export(target, () -> CooccurrenceExports.writeCsv(m, target, libraryFolder));
    }

    /** Writes a picture the view made (PNG bytes). */
    public void exportPng(byte[] png, Path target) {
        exports.export(target, () -> CooccurrenceExports.writeBytes(png, target, libraryFolder));
    }

    private void fail(String what, Throwable failure) {
        LOG.log(Level.WARNING, what, failure);
        message.set(i18n.t("analysis.failed"));
    }
}
