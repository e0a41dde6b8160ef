package dev.annals.ui.reader;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.model.Annotation;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Reloader;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reader's state: the open document, where to show it, find, font size and the metadata form. When the library
 * changes what the reader shows (this document's text, metadata or annotations, the codebook), it reads them again;
 * when the document is deleted, it closes it.
 */
public final class ReaderViewModel {

    private static final Logger LOG = Logger.getLogger(ReaderViewModel.class.getName());

    private final ReaderServices services;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final Reloader<Opened> refresher;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<RevealRequest> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FindModel find;
    private final MetadataForm metadata = new MetadataForm();
    private final FontScale font = new FontScale();
    private final ReaderAnnotations annotations;
    private long generation;

    public ReaderViewModel(ReaderServices services, BackgroundTasks tasks, I18n i18n, FxLibraryChanges changes) {
        this.services = services;
        this.tasks = tasks;
        this.i18n = i18n;
        this.find = new FindModel(i18n);
        this.annotations = new ReaderAnnotations(services, tasks, i18n, message::set);
        this.refresher = new Reloader<>(tasks, i18n.t("reader.task.reload"), () -> {
                    long shown = shownId();
                    return p -> read(shown, Optional.empty());
                },
                this::showRefreshed, failure -> fail("reader.error.open", failure));
        changes.subscribe(this::heard);
    }

    private void heard(LibraryChange change) {
        annotations.refreshUndo();
        Document doc = document.get();
        if (doc == null) return;
        if (change.has(LibraryChange.Aspect.DOCUMENTS_DELETED) && change.docIds().contains(doc.id())) {
            close();
            message.set(i18n.t("reader.deleted"));
        } else if (change.affects(doc.id())) {
            refresher.request();
        }
    }

    private long shownId() {
        Document doc = document.get();
        return doc == null ? -1 : doc.id();
    }

    private Opened read(long docId, Optional<Integer> position) {
        return new Opened(services.documents().find(docId), position, services.themes().list(), services.annotations().forDocument(docId));
    }

    /** Shows what was read again for the open document, unless another one was opened meanwhile. */
    private void showRefreshed(Opened opened) {
        Document current = document.get();
        if (current == null || opened.doc().isEmpty() || opened.doc().get().id() != current.id()) return;
        Document doc = opened.doc().get();
        annotations.load(doc.id(), doc.text(), opened.themes(), opened.annotations());
        if (!doc.equals(current)) {
            metadata.load(doc.metadata());
            if (!doc.text().equals(current.text())) find.setText(doc.text());
            document.set(doc);
        }
    }

    /** Opens a document; when end > start that code-point range is revealed and selected, else the last position. */
    public void open(long docId, int start, int end) {
        Document current = document.get();
        if (current != null && current.id() == docId) {
            if (end > start) reveal.set(new RevealRequest(clamp(current, start, end), true));
            return;
        }
        long mine = ++generation;
        loading.set(true);
        tasks.submit(i18n.t("reader.task.open"), progress -> read(docId, end > start ? Optional.empty() : services.positions().find(docId)),
                opened -> {
                    if (mine != generation) return;
                    loading.set(false);
                    if (opened.doc().isEmpty()) {
                        message.set(i18n.t("reader.error.missing", docId));
                        return;
                    }
                    message.set(""); // what was said about the previous document no longer applies
                    show(opened.doc().get(), opened.themes(), opened.annotations());
                    Document doc = document.get();
                    if (end > start) reveal.set(new RevealRequest(clamp(doc, start, end), true));
                    else opened.position().ifPresent(p -> reveal.set(new RevealRequest(clamp(doc, p, p), false)));
                },
                failure -> {
                    loading.set(false);
                    fail("reader.error.open", failure);
                });
    }

    /** Closes the document: the reader shows its empty state. */
    public void close() {
        generation++;
        annotations.clear();
        document.set(null);
        reveal.set(null);
        find.setText("");
    }

    /** Remembers the reading position of the open document (off the FX thread). */
    public void rememberPosition(int offset) {
        Document doc = document.get();
        if (doc == null) return;
        long id = doc.id();
        tasks.submit(i18n.t("reader.task.position"), progress -> {
            services.positions().remember(id, Math.max(0, offset));
            return null;
        }, ok -> { }, failure -> LOG.log(Level.FINE, "reading position not saved", failure));
    }

    /** Saves the metadata form; the user's edits win over extraction from then on. Returns false if invalid. */
    public boolean saveMetadata() {
        Document doc = document.get();
        if (doc == null) return false;
        Optional<DocumentMetadata> edited = metadata.toMetadata();
        if (edited.isEmpty()) {
            message.set(i18n.t("reader.metadata.badDate"));
            return false;
        }
        tasks.submit(i18n.t("reader.task.metadata"), progress -> services.documents().updateMetadata(doc.id(), edited.get()),
                saved -> saved.ifPresent(d -> {
            if (document.get() != null && document.get().id() == d.id()) document.set(d);
            message.set(i18n.t("reader.metadata.saved"));
        }), failure -> fail("reader.error.metadata", failure));
        return true;
    }

    /**
     * Replaces the open document's text (typo and OCR fixes) and re-anchors its annotations; says how many
     * could not be placed (they are listed as orphans, never deleted). The change brings the new text back here.
     */
    public void correctText(String newText) {
        Document doc = document.get();
        if (doc == null) return;
        annotations.correctText(newText, report -> message.set(report.orphaned() == 0
                ? i18n.t("reader.correct.done", report.anchored()) : i18n.t("reader.correct.orphans", report.orphaned())));
    }

    /** Shows a document read from the store with its codebook and annotations, as one change. */
    private void show(Document doc, List<Theme> themes, List<Annotation> list) {
        annotations.load(doc.id(), doc.text(), themes, list);
        metadata.load(doc.metadata());
        find.setText(doc.text());
        document.set(doc);
    }

    private void fail(String key, Throwable failure) {
        LOG.log(Level.WARNING, key, failure);
        message.set(i18n.t(key, String.valueOf(failure.getMessage())));
    }

    private static Span clamp(Document doc, int start, int end) {
        int s = Math.max(0, Math.min(start, doc.chars()));
        return new Span(s, Math.max(s, Math.min(end, doc.chars())));
    }

    private record Opened(Optional<Document> doc, Optional<Integer> position, List<Theme> themes, List<Annotation> annotations) {
    }

    public ReadOnlyObjectProperty<Document> documentProperty() { return document.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<RevealRequest> revealProperty() { return reveal.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    public StringProperty messageProperty() { return message; }

    public FindModel find() { return find; }

    public MetadataForm metadata() { return metadata; }

    public FontScale font() { return font; }

    public ReaderAnnotations annotations() { return annotations; }

    public I18n i18n() { return i18n; }
}
