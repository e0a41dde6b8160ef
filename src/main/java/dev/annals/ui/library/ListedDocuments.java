package dev.annals.ui.library;

import dev.annals.logic.library.DocumentPage;
import dev.annals.model.DocumentSummary;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library's documents as read, in the list's order, with each one's folded title and source for the filter
 * (folded in the background where the list is read, at the same index), their years (newest first), and how many
 * documents the library holds: more than {@code documents} while only the first page has been read.
 */
record ListedDocuments(DocumentSummary[] documents, String[] haystacks, List<Integer> years, int total, boolean complete) {

    static final ListedDocuments EMPTY = new ListedDocuments(new DocumentSummary[0], new String[0], List.of(), 0, true);

    /** The whole library. */
    static ListedDocuments of(List<DocumentSummary> documents) {
        return folded(documents, documents.size(), true);
    }

    /** The first page of the library; the rest is still to be read. */
    static ListedDocuments firstPage(DocumentPage page) {
        return folded(page.documents(), page.total(), page.documents().size() >= page.total());
    }

    private static ListedDocuments folded(List<DocumentSummary> documents, int total, boolean complete) {
        DocumentSummary[] rows = documents.toArray(DocumentSummary[]::new);
        String[] haystacks = new String[rows.length];
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < rows.length; i++) {
            haystacks[i] = LibraryFilter.haystack(rows[i]);
            if (rows[i].date() != null) years.add(rows[i].date().year());
        }
        return new ListedDocuments(rows, haystacks, List.copyOf(years), total, complete);
    }

    int size() {
        return documents.length;
    }
}
