package dev.annals.logic.annotate;

import dev.annals.model.Annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Storage of annotations. Every write is committed before it returns. Implemented by the persistence layer. */
public interface AnnotationStore {

    /** Stores a new annotation (its id is ignored) and returns it with its id. */
    Annotation insert(Annotation annotation);

    void update(Annotation annotation);

    void delete(long id);

    Optional<Annotation> findById(long id);

    /** A document's annotations in text order (start, then end). */
    List<Annotation> findByDocument(long docId);

    /** Streams matching annotations ordered by document date, document id and start, without loading all of them. */
    void forEach(AnnotationQuery query, Consumer<Annotation> sink);

    int count();

    /** Number of annotations per document id. */
    Map<Long, Integer> countsByDocument();
}
