package dev.annals.logic.search;

import dev.annals.model.PartialDate;
import dev.annals.model.Theme;

import java.util.List;

/** The full-text index over the folded texts, and the notes and themes to search. Implemented by the persistence layer. */
public interface SearchIndex {

    /** A matching document with what a hit needs. */
    record IndexedDocument(long id, String title, PartialDate date, String text, String sha256) {
    }

    /** An annotation with a note, and what a hit on it shows. */
    record IndexedNote(long annotationId, long docId, String documentTitle, String theme, int start, int end, String note) {
    }

    /** A memo and the name of what it is about. */
    record IndexedMemo(long memoId, dev.annals.model.MemoSubject subject, String about, String title, String text) {
    }

    /**
     * Documents matching a (safe, built) FTS5 expression and the filters: best bm25 rank first when few match,
     * newest first when many do (ADR 0203).
     */
    List<IndexedDocument> find(String ftsExpression, IndexFilter filter, int limit);

    /**
     * Hands every matching document to {@code sink}, best bm25 rank first, until it returns false; an
     * implementation reads them a few at a time, so that a query matching the whole library does not hold it all.
     */
    default void forEachMatch(String ftsExpression, IndexFilter filter, java.util.function.Predicate<IndexedDocument> sink) {
        for (IndexedDocument d : find(ftsExpression, filter, Integer.MAX_VALUE)) {
            if (!sink.test(d)) return;
        }
    }

    /** Up to this many matches, {@link #find} ranks them by bm25; beyond it, they come newest first. */
    default int rankedUpTo() {
        return Integer.MAX_VALUE;
    }

    /** How many documents match in all. */
    int count(String ftsExpression, IndexFilter filter);

    /** Annotations with a non-empty note whose documents (and theme) pass the filters. */
    List<IndexedNote> notes(IndexFilter filter);

    /** Every memo with text; none by default (an index without memos). */
    default List<IndexedMemo> memos() {
        return List.of();
    }

    /** The codebook. */
    List<Theme> themes();

    /** Throws the index away and indexes every document again, in one transaction (a repair). */
    void rebuild();
}
