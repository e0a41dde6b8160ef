package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;

import java.util.Collection;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The library's documents as the window and the command line use them: listed, read, their metadata edited and
 * deleted. Every write commits before it returns and is published to the library's {@link LibraryChanges}.
 */
public final class DocumentService {

    private final DocumentStore store;
    private final LibraryChanges changes;

    public DocumentService(DocumentStore store, LibraryChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    /** Setting the date of several documents at once, with undo. */
    public DocumentDates dates() { return new DocumentDates(store, changes); }

    /** Every document, by date (undated last), then title. */
    public List<DocumentSummary> list() { return store.list(); }

    /** The first {@code limit} documents in the order of {@link #list()}, with how many the library holds. */
    public DocumentPage firstPage(int limit) { return new DocumentPage(store.list(limit), store.count()); }

    public Optional<Document> find(long id) { return store.find(id); }

    /** The people each document names, without reading the texts. */
    public Map<Long, List<String>> peopleByDocument() { return store.peopleByDocument(); }

    public int count() { return store.count(); }

    /** The bytes of the file the document was imported from. */
    public Optional<byte[]> originalBytes(long id) { return store.originalBytes(id); }

    /** Saves metadata the user edited; it wins over extraction from then on. Returns the document as stored now. */
    public Optional<Document> updateMetadata(long id, DocumentMetadata metadata) {
        store.updateMetadata(id, metadata);
        changes.publish(LibraryChange.documentEdited(id));
        return store.find(id);
    }

    /** Deletes documents with their annotations; returns how many were there to delete. */
    public int delete(Collection<Long> ids) {
        Set<Long> deleted = new LinkedHashSet<>();
        for (long id : ids) {
            if (store.delete(id)) deleted.add(id);
        }
        if (!deleted.isEmpty()) changes.publish(LibraryChange.documentsDeleted(deleted));
        return deleted.size();
    }
}
