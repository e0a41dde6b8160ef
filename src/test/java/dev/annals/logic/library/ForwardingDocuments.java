package dev.annals.logic.library;

import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A document store that hands every call to a real one; tests override the calls they watch or break. */
public abstract class ForwardingDocuments implements DocumentStore {

    protected final DocumentStore real;

    protected ForwardingDocuments(DocumentStore real) {
        this.real = real;
    }

    @Override public Optional<Long> findIdBySha256(String sha256) { return real.findIdBySha256(sha256); }
    @Override public Map<String, Long> findIdsByWordsKey(Collection<String> keys) { return real.findIdsByWordsKey(keys); }
    @Override public List<Long> insertAll(List<NewDocument> documents) { return real.insertAll(documents); }
    @Override public List<DocumentSummary> list() { return real.list(); }
    @Override public Optional<Document> find(long id) { return real.find(id); }
    @Override public void updateMetadata(long id, DocumentMetadata metadata) { real.updateMetadata(id, metadata); }
    @Override public void updateText(long id, String text, String sha256, int chars) { real.updateText(id, text, sha256, chars); }
    @Override public boolean delete(long id) { return real.delete(id); }
    @Override public int count() { return real.count(); }
    @Override public Optional<byte[]> originalBytes(long id) { return real.originalBytes(id); }
}
