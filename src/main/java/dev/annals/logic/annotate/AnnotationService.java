package dev.annals.logic.annotate;

import dev.annals.logic.annotate.AnnotateException.Reason;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.DocumentStore;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.CodePoints;
import dev.annals.model.Document;
import dev.annals.model.Span;
import dev.annals.model.TextAnchor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tagging passages: create, re-theme, re-range, annotate with a note, delete, and list annotations. Each call
 * commits before it returns, is recorded in the shared {@link UndoHistory}, and is announced through
 * the library's {@link LibraryChanges}. Offsets are code points, half-open.
 */
public final class AnnotationService {

    private final AnnotationStore store;
    private final ThemeStore themes;
    private final DocumentStore documents;
    private final UndoHistory history;
    private final LibraryChanges changes;
    private final Clock clock;

    public AnnotationService(AnnotationStore store, ThemeStore themes, DocumentStore documents, UndoHistory history,
                             LibraryChanges changes, Clock clock) {
        this.store = store;
        this.themes = themes;
        this.documents = documents;
        this.history = history;
        this.changes = changes;
        this.clock = clock;
    }

    /** Tags [span.start, span.end) of a document with a theme; the note may be null. */
    public Annotation tag(long docId, long themeId, Span span, String note) {
        Document doc = requireDocument(docId);
        requireTheme(themeId);
        checkRange(doc, span);
        return create(doc, themeId, span, note);
    }

    /** Tags the {@code occurrence}-th (1-based) occurrence of a quote; see {@link QuoteFinder}. */
    public Annotation tagQuote(long docId, long themeId, String quote, int occurrence, String note) {
        Document doc = requireDocument(docId);
        requireTheme(themeId);
        return create(doc, themeId, QuoteFinder.find(doc.text(), quote, occurrence), note);
    }

    /**
     * Adds an annotation made elsewhere (another library, an export) to a document: its quote is re-anchored
     * in this document's current text with {@link Anchorer}; when it cannot be placed it is stored ORPHANED
     * with the anchor it came with. Wrap many calls in {@link UndoHistory#asOneStep} to undo them together.
     */
    public Annotation place(long docId, long themeId, TextAnchor hint, String note) {
        Document doc = requireDocument(docId);
        requireTheme(themeId);
        Instant now = clock.instant();
        Optional<Span> span = Anchorer.anchor(doc.text(), hint);
        TextAnchor anchor = span.map(s -> Anchorer.describe(doc.text(), s)).orElse(hint);
        AnchorStatus status = span.isPresent() ? AnchorStatus.ANCHORED : AnchorStatus.ORPHANED;
        Annotation created = store.insert(new Annotation(0, docId, themeId, anchor, note == null ? "" : note, status, doc.sha256(), now, now));
        record("import annotation", () -> store.delete(created.id()), () -> store.restoreAll(List.of(created)), docId);
        return created;
    }

    /**
     * Adds annotations already placed (an import), in one transaction and as one undo step; each document's views
     * are told once. Returns them with their ids.
     */
    public List<Annotation> addAll(List<Annotation> placed) {
        return addAll("import annotations", placed);
    }

    /** {@link #addAll(List)} with the undo step's own label. */
    public List<Annotation> addAll(String label, List<Annotation> placed) {
        if (placed.isEmpty()) return List.of();
        List<Annotation> created = store.insertAll(placed);
        List<Long> ids = created.stream().map(Annotation::id).toList();
        java.util.Set<Long> docs = new java.util.LinkedHashSet<>();
        created.forEach(a -> docs.add(a.docId()));
        Runnable announce = () -> changes.publish(LibraryChange.annotations(docs));
        history.record(new SimpleCommand(label, () -> store.deleteAll(ids), () -> store.restoreAll(created), announce));
        announce.run();
        return created;
    }

    /** Saves a note at once (autosave); consecutive edits of one note form one undo step until {@link UndoHistory#seal()}. */
    public Annotation setNote(long id, String note) {
        Annotation before = require(id);
        String clean = note == null ? "" : note;
        if (clean.equals(before.note())) return before;
        Instant now = clock.instant();
        store.updateNote(id, clean, now);
        history.record(new NoteEdit(id, before.note(), clean, (annotationId, text) -> store.updateNote(annotationId, text, clock.instant()),
                () -> changes.publish(LibraryChange.annotations(before.docId()))));
        changes.publish(LibraryChange.annotations(before.docId()));
        return Annotations.withNote(before, clean, now);
    }

    public Annotation retheme(long id, long themeId) {
        Annotation before = require(id);
        requireTheme(themeId);
        return replace(before, Annotations.withTheme(before, themeId), "change theme");
    }

    /** Moves the annotation to another range of the same document's current text (also re-attaches an orphan). */
    public Annotation changeRange(long id, Span span) {
        Annotation before = require(id);
        Document doc = requireDocument(before.docId());
        checkRange(doc, span);
        TextAnchor anchor = Anchorer.describe(doc.text(), span);
        return replace(before, Annotations.placed(before, anchor, AnchorStatus.ANCHORED, doc.sha256(), clock.instant()), "change range");
    }

    public void delete(long id) {
        Annotation gone = require(id);
        store.delete(id);
        record("delete annotation", () -> store.restoreAll(List.of(gone)), () -> store.delete(id), gone.docId());
    }

    public Optional<Annotation> find(long id) { return store.findById(id); }

    /** A document's annotations in text order, orphans included (their range is where they last were). */
    public List<Annotation> forDocument(long docId) { return store.findByDocument(docId); }

    /** Every orphaned annotation of the library, by document then position. */
    public List<Annotation> orphans() { return store.findByStatus(AnchorStatus.ORPHANED); }

    /** Streams annotations ordered by document date, document and start. */
    public void forEach(AnnotationQuery query, Consumer<Annotation> sink) { store.forEach(query, sink); }

    public int count() { return store.count(); }

    /** How many annotations each document has (documents with none are absent). */
    public java.util.Map<Long, Integer> countsByDocument() { return store.countsByDocument(); }

    private Annotation create(Document doc, long themeId, Span span, String note) {
        Instant now = clock.instant();
        TextAnchor anchor = Anchorer.describe(doc.text(), span);
        Annotation created = store.insert(new Annotation(0, doc.id(), themeId, anchor, note == null ? "" : note,
                AnchorStatus.ANCHORED, doc.sha256(), now, now));
        record("tag passage", () -> store.delete(created.id()), () -> store.restoreAll(List.of(created)), doc.id());
        return created;
    }

    private Annotation replace(Annotation before, Annotation after, String label) {
        store.update(after);
        record(label, () -> store.update(before), () -> store.update(after), before.docId());
        return after;
    }

    private void record(String label, Runnable undo, Runnable redo, long docId) {
        Runnable announce = () -> changes.publish(LibraryChange.annotations(docId));
        history.record(new SimpleCommand(label, undo, redo, announce));
        announce.run();
    }

    Annotation require(long id) {
        return store.findById(id).orElseThrow(() -> new AnnotateException(Reason.UNKNOWN_ANNOTATION, "no annotation with id " + id, id));
    }

    private Document requireDocument(long docId) {
        return documents.find(docId).orElseThrow(() -> new AnnotateException(Reason.UNKNOWN_DOCUMENT, "no document with id " + docId + " (see annals list)", docId));
    }

    private void requireTheme(long themeId) {
        if (themes.findById(themeId).isEmpty()) throw new AnnotateException(Reason.UNKNOWN_THEME, "no theme with id " + themeId, themeId);
    }

    private static void checkRange(Document doc, Span span) {
        int length = CodePoints.length(doc.text());
        if (span.end() > length) {
            throw new AnnotateException(Reason.RANGE_OUT_OF_BOUNDS, "the range [" + span.start() + ", " + span.end()
                    + ") is outside the document (" + length + " code points)", span.start(), span.end(), length);
        }
        if (span.isEmpty()) throw new AnnotateException(Reason.RANGE_OUT_OF_BOUNDS, "the range [" + span.start() + ", " + span.end() + ") is empty", span.start(), span.end());
    }
}
