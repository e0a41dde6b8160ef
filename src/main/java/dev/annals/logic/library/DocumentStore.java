package dev.annals.logic.library;

import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of documents. Implemented by the persistence layer. */
public interface DocumentStore {

    Optional<Long> findIdBySha256(String sha256);

    /** The ids of those of {@code sha256s} already stored, by text hash. */
    default Map<String, Long> findIdsBySha256(Collection<String> sha256s) {
        Map<String, Long> ids = new HashMap<>();
        for (String sha : sha256s) findIdBySha256(sha).ifPresent(id -> ids.put(sha, id));
        return ids;
    }

    /**
     * The documents whose text contains {@code exact} (a superset is allowed: callers check the text). The default
     * reads every document; a store with a full-text index narrows the search first.
     */
    default List<Long> idsContaining(String exact) {
        return list().stream().map(DocumentSummary::id)
                .filter(id -> find(id).map(d -> d.text().contains(exact)).orElse(false)).toList();
    }

    /** Stores all documents in one transaction: after a crash each one is either fully there or absent. */
    List<Long> insertAll(List<NewDocument> documents);

    List<DocumentSummary> list();

    Optional<Document> find(long id);

    /** Saves metadata the user edited; it wins over extraction from then on. */
    void updateMetadata(long id, DocumentMetadata metadata);

    /** Replaces the normalized text (a correction by the user). */
    void updateText(long id, String text, String sha256, int chars);

    boolean delete(long id);

    int count();

    Optional<byte[]> originalBytes(long id);
}
