package dev.annals.logic.library;

import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of documents. Implemented by the persistence layer. */
public interface DocumentStore {

    Optional<Long> findIdBySha256(String sha256);

    /** The ids of the stored documents with these {@link Hashing#wordsKey words keys}: the same articles in any format. */
    Map<String, Long> findIdsByWordsKey(Collection<String> wordsKeys);

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

    /**
     * Says that many {@link #insertAll} calls follow, until the returned scope is closed: the store may put off its
     * housekeeping until then (SQLite copies its write-ahead log into the file once, not every few megabytes). Each
     * insertAll is committed on its own all the same.
     */
    default BulkInsert bulkInsert() {
        return () -> { };
    }

    /** The end of a run of {@link #insertAll} calls; closing it does the housekeeping that was put off. */
    @FunctionalInterface
    interface BulkInsert extends AutoCloseable {
        @Override
        void close();
    }

    List<DocumentSummary> list();

    /** The summaries of these documents, by id; unknown ids are skipped. */
    default List<DocumentSummary> summaries(Collection<Long> ids) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        return list().stream().filter(d -> wanted.contains(d.id())).sorted(java.util.Comparator.comparingLong(DocumentSummary::id)).toList();
    }

    /** How many documents have no date. */
    default int countUndated() {
        return (int) list().stream().filter(d -> d.date() == null).count();
    }

    /** The first {@code limit} documents of {@link #list()}, in its order: what a window shows before the rest. */
    default List<DocumentSummary> list(int limit) {
        List<DocumentSummary> all = list();
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** The people each document names, as stored (documents naming no one left out). */
    default Map<Long, List<String>> peopleByDocument() {
        Map<Long, List<String>> people = new HashMap<>();
        for (DocumentSummary d : list()) {
            find(d.id()).map(doc -> doc.metadata().people()).filter(p -> !p.isEmpty()).ifPresent(p -> people.put(d.id(), p));
        }
        return people;
    }

    Optional<Document> find(long id);

    /** The document's normalized text as UTF-8 bytes (an export copies it to a file without making a String of it). */
    default Optional<byte[]> textUtf8(long id) {
        return find(id).map(d -> d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Saves metadata the user edited; it wins over extraction from then on. */
    void updateMetadata(long id, DocumentMetadata metadata);

    /**
     * Sets the same date, from {@code source}, on several documents in one transaction and marks it as edited by the
     * user. Returns each document's date as it was, for undo; unknown ids are skipped.
     */
    default List<DocumentDate> setDates(Collection<Long> ids, PartialDate date, DateSource source) {
        List<DocumentDate> before = new java.util.ArrayList<>();
        for (long id : ids) {
            find(id).ifPresent(d -> {
                before.add(new DocumentDate(id, d.date(), d.metadata().dateSource(), false));
                updateMetadata(id, d.metadata().withDate(date, source));
            });
        }
        return before;
    }

    /** Puts dates back exactly as {@link #setDates} found them, in one transaction. */
    default void restoreDates(List<DocumentDate> dates) {
        for (DocumentDate d : dates) find(d.id()).ifPresent(doc -> updateMetadata(d.id(), doc.metadata().withDate(d.date(), d.source())));
    }

    /** Replaces the normalized text (a correction by the user). */
    void updateText(long id, String text, String sha256, int chars);

    boolean delete(long id);

    int count();

    Optional<byte[]> originalBytes(long id);
}
