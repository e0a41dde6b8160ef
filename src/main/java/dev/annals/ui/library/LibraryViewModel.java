package dev.annals.ui.library;

import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.ImportProgress;
import dev.annals.logic.library.ImportService;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Reloader;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The library's documents, the filter over them, import and delete. All storage work runs in the background; the
 * list is read again whenever the library's documents or annotations change, whoever changed them. The first read
 * shows the list's first page at once, then the whole list when it has been read.
 */
public final class LibraryViewModel {

    /** About two screens of rows: what the first frame shows while the rest of the library is read. */
    static final int FIRST_PAGE = 200;

    private final DocumentService store;
    private final ImportService importer;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final Reloader<ListedDocuments> loader;
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final ObservableList<DocumentSummary> visible = FXCollections.observableArrayList();
    private final FilteredRows rows = new FilteredRows();
    private Comparator<DocumentSummary> order;
    private Consumer<Runnable> rowsChange = Runnable::run;
    private boolean firstPageAsked;
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final BooleanProperty complete = new SimpleBooleanProperty();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private ListedDocuments listed = ListedDocuments.EMPTY;
    private final ObservableList<Integer> chosenYears = FXCollections.observableArrayList();
    private final ObservableList<ConferenceKind> chosenKinds = FXCollections.observableArrayList();
    private final BooleanProperty onlyUndated = new SimpleBooleanProperty();
    private final BooleanProperty onlyUntitled = new SimpleBooleanProperty();
    private final BulkDates bulkDates;
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final ObjectProperty<ImportSummary> lastImport = new SimpleObjectProperty<>();
    private Consumer<ImportSummary> onImportFinished = summary -> { };
    private Consumer<String> onError = message -> { };

    /** {@code history} is the session's undo history: Edit › Undo takes a date change back too. */
    public LibraryViewModel(DocumentService store, ImportService importer, UndoHistory history, BackgroundTasks tasks, I18n i18n,
                            FxLibraryChanges changes) {
        this.store = store;
        this.importer = importer;
        this.tasks = tasks;
        this.i18n = i18n;
        this.loader = Reloader.of(tasks, i18n.t("library.task.load"), p -> ListedDocuments.of(store.list()), this::show, this::fail);
        changes.subscribe(change -> {
            if (change.changesDocuments() || change.changesAnnotations()) reload();
        });
        this.bulkDates = new BulkDates(store.dates(), history, tasks, i18n, this::fail);
        onlyUndated.addListener(o -> applyFilter());
        onlyUntitled.addListener(o -> applyFilter());
        filterText.addListener(o -> applyFilter());
        chosenYears.addListener((javafx.beans.Observable o) -> applyFilter());
        chosenKinds.addListener((javafx.beans.Observable o) -> applyFilter());
    }

    public ObservableList<DocumentSummary> documents() { return documents; }

    /** The documents that pass the filter, in the table's order. */
    public ObservableList<DocumentSummary> visibleDocuments() { return visible; }

    /** How many documents the library holds, counted by the library before its whole list has been read. */
    public ReadOnlyIntegerProperty totalProperty() { return total; }

    /** False while only the first page of the list is shown and the rest is being read. */
    public ReadOnlyBooleanProperty completeProperty() { return complete; }

    /** The order of the rows: null for the list's own (by date, undated last, then title). */
    public void orderBy(Comparator<DocumentSummary> order) {
        this.order = order;
        rows.arrange(listed, order);
        applyFilter();
    }

    /**
     * Runs each change of {@link #visibleDocuments()}: the view wraps it to keep the selected documents selected
     * and the top row in view when the rows are replaced.
     */
    public void setRowsChange(Consumer<Runnable> around) { rowsChange = Objects.requireNonNull(around); }

    /** The years of the documents' dates, newest first, for the year filter. */
    public ObservableList<Integer> years() { return years; }

    public StringProperty filterTextProperty() { return filterText; }

    public ObservableList<Integer> chosenYears() { return chosenYears; }

    public ObservableList<ConferenceKind> chosenKinds() { return chosenKinds; }

    /** Shows only documents without a date. */
    public BooleanProperty onlyUndatedProperty() { return onlyUndated; }

    /** Shows only documents without a title. */
    public BooleanProperty onlyUntitledProperty() { return onlyUntitled; }

    /** Setting the date of several documents at once, with undo. */
    public BulkDates bulkDates() { return bulkDates; }

    /** True once the first load has finished (until then the view shows neither table nor empty state). */
    public BooleanProperty loadedProperty() { return loaded; }

    public BooleanProperty importingProperty() { return importing; }

    public ObjectProperty<ImportSummary> lastImportProperty() { return lastImport; }

    public void setOnImportFinished(Consumer<ImportSummary> handler) { onImportFinished = Objects.requireNonNull(handler); }

    public void setOnError(Consumer<String> handler) { onError = Objects.requireNonNull(handler); }

    public void reload() {
        if (!firstPageAsked) {
            firstPageAsked = true;
            tasks.submit(i18n.t("library.task.load"), p -> ListedDocuments.firstPage(store.firstPage(FIRST_PAGE)), page -> {
                if (!loaded.get()) show(page); // unless the whole list came first
            }, this::fail);
        }
        loader.request();
    }

    /** Imports files and folders (recursively); stops between files when the task is cancelled. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || importing.get()) return;
        importing.set(true);
        tasks.submit(i18n.t("library.task.import"), progress -> {
            var results = importer.importPaths(paths, new ImportProgress() {
                @Override
                public void fileDone(int done, int total, String path) {
                    progress.update(done, total, i18n.t("library.task.importProgress", done, total));
                }

                @Override
                public boolean cancelRequested() {
                    return progress.isCancelled();
                }
            });
            return new ImportSummary(results, progress.isCancelled());
        }, summary -> {
            importing.set(false);
            lastImport.set(summary);
            onImportFinished.accept(summary);
        }, e -> {
            importing.set(false);
            fail(e);
        });
    }

    /** How many annotations are deleted with these documents. */
    public int annotationsOf(List<DocumentSummary> chosen) {
        return chosen.stream().mapToInt(DocumentSummary::annotationCount).sum();
    }

    public void delete(List<DocumentSummary> chosen) {
        List<Long> ids = chosen.stream().map(DocumentSummary::id).toList();
        tasks.submit(i18n.t("library.task.delete"), p -> store.delete(ids), n -> { }, this::fail);
    }

    /** Reads the original bytes of a document and writes them to a temporary file, for showing or opening. */
    public void loadOriginal(DocumentSummary document, Consumer<OriginalFile> onLoaded) {
        tasks.submit(i18n.t("library.task.original"), p -> OriginalFile.load(store, document.id()), onLoaded, this::fail);
    }

    private void show(ListedDocuments listed) {
        this.listed = listed;
        documents.setAll(Arrays.asList(listed.documents()));
        years.setAll(listed.years());
        total.set(listed.total());
        complete.set(listed.complete());
        rows.arrange(listed, order);
        applyFilter();
        loaded.set(true);
    }

    private void applyFilter() {
        List<DocumentSummary> shown = rows.apply(new LibraryFilter(filterText.get(), new HashSet<>(chosenYears),
                new HashSet<>(chosenKinds), onlyUndated.get(), onlyUntitled.get()));
        rowsChange.accept(() -> ShownRows.replace(visible, shown));
    }

    private void fail(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        onError.accept(message);
    }
}
