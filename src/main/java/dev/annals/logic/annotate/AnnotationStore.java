package dev.annals.logic.annotate;

import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Storage of annotations. Every write is committed before it returns. Implemented by the persistence layer. */
public interface AnnotationStore {

    /** Stores a new annotation (its id is ignored) and returns it with its id. */
    Annotation insert(Annotation annotation);

    /** Stores new annotations (their ids are ignored) in one transaction; returns them with their ids, in order. */
    default List<Annotation> insertAll(List<Annotation> annotations) {
        return annotations.stream().map(this::insert).toList();
    }

    /** Deletes these annotations in one transaction. */
    default void deleteAll(java.util.Collection<Long> ids) {
        ids.forEach(this::delete);
    }

    /** Stores annotations again with their own ids, in one transaction (undo of a delete). */
    void restoreAll(List<Annotation> annotations);

    void update(Annotation annotation);

    /** Updates several annotations in one transaction (re-anchoring, merging themes). */
    void updateAll(List<Annotation> annotations);

    /** Saves only the note and the modified time: the cheap write behind autosave. */
    void updateNote(long id, String note, java.time.Instant modified);

    void delete(long id);

    Optional<Annotation> findById(long id);

    /** A document's annotations in text order (start, then end). */
    List<Annotation> findByDocument(long docId);

    /** Annotations with this status, ordered by document and start. */
    List<Annotation> findByStatus(AnchorStatus status);

    /** Streams matching annotations ordered by document date, document id and start, without loading all of them. */
    void forEach(AnnotationQuery query, Consumer<Annotation> sink);

    /**
     * As {@link #forEach}, each annotation with its document's summary (annotation count 0) from the same read: an
     * export of a large library then need not list its documents first. Only stores that can join the two offer it.
     */
    default void forEachWithDocument(AnnotationQuery query, java.util.function.BiConsumer<Annotation, dev.annals.model.DocumentSummary> sink) {
        throw new UnsupportedOperationException("this store does not read documents");
    }

    int count();

    /** Number of annotations per document id. */
    Map<Long, Integer> countsByDocument();

    /** Number of annotations per document id, then per theme id: what the timeline's heat map adds up. */
    default Map<Long, Map<Long, Integer>> countsByDocumentAndTheme() {
        Map<Long, Map<Long, Integer>> counts = new java.util.HashMap<>();
        forEach(AnnotationQuery.ALL, a -> counts.computeIfAbsent(a.docId(), d -> new java.util.HashMap<>()).merge(a.themeId(), 1, Integer::sum));
        return counts;
    }
}
