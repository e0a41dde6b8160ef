package dev.annals.ui.library;

import dev.annals.model.DocumentSummary;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's documents as the table shows them, with each one's folded title and source for the filter, folded
 * in the background where the list is read. Looked up by identity: the table holds these very records.
 */
record ListedDocuments(List<DocumentSummary> documents, Map<DocumentSummary, String> haystacks) {

    static final ListedDocuments EMPTY = new ListedDocuments(List.of(), Map.of());

    static ListedDocuments of(List<DocumentSummary> documents) {
        Map<DocumentSummary, String> haystacks = new IdentityHashMap<>(documents.size() * 2);
        for (DocumentSummary d : documents) haystacks.put(d, LibraryFilter.haystack(d));
        return new ListedDocuments(documents, haystacks);
    }

    String haystack(DocumentSummary d) {
        String folded = haystacks.get(d);
        return folded != null ? folded : LibraryFilter.haystack(d);
    }
}
