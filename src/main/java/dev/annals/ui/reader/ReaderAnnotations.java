package dev.annals.ui.reader;

import dev.annals.logic.annotate.TextCorrection;
import dev.annals.logic.annotate.WordSnapper;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The annotations of the open document and what the reader does with them: tag a selection (snapped to words),
 * re-theme, delete, write notes, undo and redo through the library's shared history. Every change is committed
 * off the FX thread; the reader shows the annotations again when the library's changes say they changed (also
 * changes made elsewhere).
 */
public final class ReaderAnnotations {

    private final ReaderServices services;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final Consumer<String> message;
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final ObservableList<Annotation> selection = FXCollections.observableArrayList();
    private long docId = -1;
    private long pendingSelection = -1;
    private String text = "";

    ReaderAnnotations(ReaderServices services, BackgroundTasks tasks, I18n i18n, Consumer<String> message) {
        this.services = services;
        this.tasks = tasks;
        this.i18n = i18n;
        this.message = message;
        refreshUndo();
    }

    /** Shows the annotations of a newly opened (or re-read) document. */
    void load(long doc, String docText, List<Theme> codebook, List<Annotation> list) {
        docId = doc;
        text = docText;
        themes.setAll(codebook);
        setAnnotations(list);
    }

    void clear() {
        docId = -1;
        text = "";
        annotations.clear();
        selection.clear();
        selected.set(null);
    }

    /** Tags the code-point range [start, end), grown to whole words, with a theme; the new annotation is selected. */
    public void tag(int start, int end, long themeId) {
        if (docId < 0 || end <= start) return;
        Span span = WordSnapper.snap(text, new Span(start, end));
        if (span.isEmpty()) return;
        long doc = docId;
        run("reader.task.tag", () -> services.annotations().tag(doc, themeId, span, null), created -> {
            pendingSelection = created.id();
            select(created.id());
        });
    }

    /** Tags with the n-th theme of the codebook (1-based), as keys 1–9 do. */
    public void tagWithThemeNumber(int number, int start, int end) {
        if (number >= 1 && number <= themes.size()) tag(start, end, themes.get(number - 1).id());
    }

    public void retheme(long annotationId, long themeId) {
        run("reader.task.retheme", () -> services.annotations().retheme(annotationId, themeId), a -> select(a.id()));
    }

    public void delete(long annotationId) {
        run("reader.task.delete", () -> {
            services.annotations().delete(annotationId);
            return annotationId;
        }, id -> { });
    }

    /** Saves the note of an annotation at once (the editor calls this as the user types, debounced). */
    public void saveNote(long annotationId, String note) {
        run("reader.task.note", () -> services.annotations().setNote(annotationId, note), a -> { });
    }

    /** Ends the current note's undo step: the next keystrokes start a new one. */
    public void sealNote() {
        services.undoHistory().seal();
    }

    public void undo() {
        run("reader.task.undo", () -> services.undoHistory().undo(), done -> { });
    }

    public void redo() {
        run("reader.task.redo", () -> services.undoHistory().redo(), done -> { });
    }

    /** Replaces the document's text and re-anchors its annotations; reports how many were orphaned. */
    void correctText(String newText, Consumer<TextCorrection.Report> done) {
        long doc = docId;
        run("reader.task.correct", () -> services.textCorrection().correctText(doc, newText), done);
    }

    /** Selects the innermost anchored annotation covering the code-point offset; none when there is none. */
    public void selectAt(int offset) {
        List<Annotation> hits = covering(offset);
        selection.setAll(hits);
        selected.set(hits.stream().min(Comparator.comparingInt(a -> a.anchor().length())).orElse(null));
    }

    /** The anchored annotations covering a code-point offset. */
    public List<Annotation> covering(int offset) {
        return annotations.stream().filter(a -> a.status() == AnchorStatus.ANCHORED)
                .filter(a -> a.anchor().start() <= offset && offset < a.anchor().end()).toList();
    }

    public void select(long annotationId) {
        selected.set(annotations.stream().filter(a -> a.id() == annotationId).findFirst().orElse(null));
        selection.setAll(selected.get() == null ? List.of() : List.of(selected.get()));
    }

    public Optional<Theme> theme(long themeId) {
        return themes.stream().filter(t -> t.id() == themeId).findFirst();
    }

    private void setAnnotations(List<Annotation> list) {
        Annotation was = selected.get();
        long wanted = pendingSelection >= 0 ? pendingSelection : was == null ? -1 : was.id();
        annotations.setAll(list);
        selected.set(list.stream().filter(a -> a.id() == wanted).findFirst().orElse(null));
        if (selected.get() != null) pendingSelection = -1;
        selection.removeIf(a -> list.stream().noneMatch(b -> b.id() == a.id()));
    }

    /** Whether there is something to undo or redo now (the history is in memory: no need to leave the FX thread). */
    void refreshUndo() {
        canUndo.set(services.undoHistory().canUndo());
        canRedo.set(services.undoHistory().canRedo());
    }

    private <T> void run(String titleKey, java.util.concurrent.Callable<T> work, Consumer<T> onSuccess) {
        tasks.submit(i18n.t(titleKey), p -> work.call(), onSuccess,
                failure -> message.accept(i18n.t("reader.error.annotate", String.valueOf(failure.getMessage()))));
    }

    /** The document these annotations belong to; -1 when none is open. */
    public long docId() { return docId; }

    public ObservableList<Theme> themes() { return themes; }

    public ObservableList<Annotation> annotations() { return annotations; }

    public ObjectProperty<Annotation> selectedProperty() { return selected; }

    /** Every annotation the last click on a highlight hit (the innermost one is {@link #selectedProperty()}). */
    public ObservableList<Annotation> selection() { return selection; }

    public BooleanProperty canUndoProperty() { return canUndo; }

    public BooleanProperty canRedoProperty() { return canRedo; }
}
