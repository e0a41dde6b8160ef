package dev.annals.logic.qda;

import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;

import java.util.List;
import java.util.Optional;

/** A document store whose n-th insert fails, as a full disk would make it. */
final class FailingDocuments implements DocumentStore {

    private final DocumentStore real;
    private int insertsLeft;

    FailingDocuments(DocumentStore real, int failingInsert) {
        this.real = real;
        this.insertsLeft = failingInsert - 1;
    }

    @Override public Optional<Long> findIdBySha256(String sha256) { return real.findIdBySha256(sha256); }
    @Override public java.util.Map<String, Long> findIdsByWordsKey(java.util.Collection<String> keys) { return real.findIdsByWordsKey(keys); }

    @Override
    public List<Long> insertAll(List<NewDocument> documents) {
        if (insertsLeft-- <= 0) throw new IllegalStateException("disk full");
        return real.insertAll(documents);
    }

    @Override public List<DocumentSummary> list() { return real.list(); }
    @Override public Optional<Document> find(long id) { return real.find(id); }
    @Override public void updateMetadata(long id, DocumentMetadata metadata) { real.updateMetadata(id, metadata); }
    @Override public void updateText(long id, String text, String sha256, int chars) { real.updateText(id, text, sha256, chars); }
    @Override public boolean delete(long id) { return real.delete(id); }
    @Override public int count() { return real.count(); }
    @Override public Optional<byte[]> originalBytes(long id) { return real.originalBytes(id); }
}
