package dev.annals.ui.library;

import dev.annals.model.DocumentSummary;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows the table shows: the listed documents in the table's order, through the filter. The order is made
 * once, when the documents or the sort change, so a keystroke only filters, and a filter that narrows the one before
 * it (the user typed on) tests only the rows that one let through.
 */
final class FilteredRows {

    private DocumentSummary[] rows = new DocumentSummary[0];
    private String[] haystacks = new String[0];
    private LibraryFilter applied;
    private int[] matches = new int[0];
    private int tested;

    /** The documents in the table's order: as listed when {@code order} is null. Forgets the last filter's matches. */
    void arrange(ListedDocuments listed, Comparator<DocumentSummary> order) {
        DocumentSummary[] documents = listed.documents();
        if (order == null) {
            rows = documents;
            haystacks = listed.haystacks();
        } else {
            Integer[] index = new Integer[documents.length];
            Arrays.setAll(index, i -> i);
            Arrays.sort(index, (a, b) -> order.compare(documents[a], documents[b])); // stable: ties stay as listed
            rows = new DocumentSummary[index.length];
            haystacks = new String[index.length];
            for (int i = 0; i < index.length; i++) {
                rows[i] = documents[index[i]];
                haystacks[i] = listed.haystacks()[index[i]];
            }
        }
        applied = null;
    }

    /** The rows {@code filter} lets through, in order. */
    List<DocumentSummary> apply(LibraryFilter filter) {
        boolean narrowing = applied != null && filter.narrows(applied);
        int candidates = narrowing ? matches.length : rows.length;
        int[] next = new int[candidates];
        int n = 0;
        for (int k = 0; k < candidates; k++) {
            int i = narrowing ? matches[k] : k;
            if (filter.test(rows[i], haystacks[i])) next[n++] = i;
        }
        tested = candidates;
        matches = Arrays.copyOf(next, n);
        applied = filter;
        return new Matches(rows, matches);
    }

    /** How many rows the last {@link #apply} tested. */
    int tested() {
        return tested;
    }

    /** A fixed view of the rows at the matches' indices. */
    private static final class Matches extends AbstractList<DocumentSummary> implements RandomAccess {
        private final DocumentSummary[] rows;
        private final int[] at;

        Matches(DocumentSummary[] rows, int[] at) {
            this.rows = rows;
            this.at = at;
        }

        @Override
        public DocumentSummary get(int index) {
            return rows[at[index]];
        }

        @Override
        public int size() {
            return at.length;
        }
    }
}
