package dev.annals.logic.annotate;

import dev.annals.model.PartialDate;

import java.util.Set;

/**
 * Which annotations to read. Null or empty fields do not filter. The date range applies to the documents'
 * dates: a document is in range when its date overlaps [from, to].
 */
public record AnnotationQuery(Long docId, Set<Long> themeIds, PartialDate from, PartialDate to) {

    public static final AnnotationQuery ALL = new AnnotationQuery(null, Set.of(), null, null);

    public AnnotationQuery {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
    }

    public static AnnotationQuery forDocument(long docId) {
        return new AnnotationQuery(docId, Set.of(), null, null);
    }
}
