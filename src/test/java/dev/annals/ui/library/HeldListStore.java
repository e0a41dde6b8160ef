package dev.annals.ui.library;

import dev.annals.logic.library.DocumentDate;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.DateSource;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A store whose whole list waits until {@link #release()}: a library far larger than its first page. */
final class HeldListStore implements DocumentStore {

    private final DocumentStore store;
    private final CountDownLatch held = new CountDownLatch(1);

    HeldListStore(DocumentStore store) {
        this.store = store;
    }

    void release() {
        held.countDown();
    }

    @Override
    public List<DocumentSummary> list() {
        try {
            if (!held.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the list was never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return store.list();
    }

    @Override public List<DocumentSummary> list(int limit) { return store.list(limit); }
    @Override public Optional<Long> findIdBySha256(String sha256) { return store.findIdBySha256(sha256); }
    @Override public Map<String, Long> findIdsByWordsKey(Collection<String> keys) { return store.findIdsByWordsKey(keys); }
    @Override public Map<String, Long> findIdsBySha256(Collection<String> sha256s) { return store.findIdsBySha256(sha256s); }
    @Override public List<Long> insertAll(List<NewDocument> documents) { return store.insertAll(documents); }
    @Override public Optional<Document> find(long id) { return store.find(id); }
    @Override public void updateMetadata(long id, DocumentMetadata metadata) { store.updateMetadata(id, metadata); }
    @Override public List<DocumentDate> setDates(Collection<Long> ids, PartialDate date, DateSource source) { return store.setDates(ids, date, source); }
    @Override public void restoreDates(List<DocumentDate> dates) { store.restoreDates(dates); }
    @Override public void updateText(long id, String text, String sha256, int chars) { store.updateText(id, text, sha256, chars); }
    @Override public boolean delete(long id) { return store.delete(id); }
    @Override public int count() { return store.count(); }
    @Override public Optional<byte[]> originalBytes(long id) { return store.originalBytes(id); }
}
