package dev.annals.ui.reader;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.ReadingPositions;
import dev.annals.model.Span;
import dev.annals.model.Document;
import dev.annals.model.Annotation;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.Theme;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
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

/** The reader's state: the open document, where to show it, find, font size and the metadata form. */
public final class ReaderViewModel {

    private static final Logger LOG = Logger.getLogger(ReaderViewModel.class.getName());

    private final LibrarySession session;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final ReadingPositions positions;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<RevealRequest> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FindModel find;
    private final MetadataForm metadata = new MetadataForm();
    private final FontScale font = new FontScale();
    private final ReaderAnnotations annotations;
    private long generation;

    public ReaderViewModel(LibrarySession session, BackgroundTasks tasks, I18n i18n) {
        this.session = session;
        this.tasks = tasks;
        this.i18n = i18n;
        this.positions = new ReadingPositions(session.settings());
        this.find = new FindModel(i18n);
        this.annotations = new ReaderAnnotations(session, tasks, i18n, message::set);
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
        tasks.submit(i18n.t("reader.task.open"), progress -> new Opened(session.documents().find(docId),
                        end > start ? Optional.empty() : positions.find(docId), session.themes().list(),
                        session.annotations().forDocument(docId)),
                opened -> {
                    if (mine != generation) return;
                    loading.set(false);
                    if (opened.doc().isEmpty()) {
                        message.set(i18n.t("reader.error.missing", docId));
                        return;
                    }
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
            positions.remember(id, Math.max(0, offset));
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
        tasks.submit(i18n.t("reader.task.metadata"), progress -> {
            session.documents().updateMetadata(doc.id(), edited.get());
            return session.documents().find(doc.id());
        }, saved -> saved.ifPresent(d -> {
            if (document.get() != null && document.get().id() == d.id()) document.set(d);
            message.set(i18n.t("reader.metadata.saved"));
        }), failure -> fail("reader.error.metadata", failure));
        return true;
    }

    /**
     * Replaces the open document's text (typo and OCR fixes) and re-anchors its annotations; says how many
     * could not be placed (they are listed as orphans, never deleted).
     */
    public void correctText(String newText) {
        Document doc = document.get();
        if (doc == null) return;
        annotations.correctText(newText, report -> tasks.submit(i18n.t("reader.task.open"),
                progress -> new Opened(session.documents().find(doc.id()), Optional.empty(), session.themes().list(),
                        session.annotations().forDocument(doc.id())),
                opened -> {
                    opened.doc().ifPresent(d -> show(d, opened.themes(), opened.annotations()));
                    message.set(report.orphaned() == 0 ? i18n.t("reader.correct.done", report.anchored())
                            : i18n.t("reader.correct.orphans", report.orphaned()));
                }, failure -> fail("reader.error.open", failure)));
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
