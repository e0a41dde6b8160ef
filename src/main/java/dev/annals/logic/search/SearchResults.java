package dev.annals.logic.search;

import java.util.List;

/**
 * Everything a query found: the best documents, how many documents matched in all, notes and themes, and whether
 * the documents come best first or, when too many match to rank (ADR 0203), newest first.
 */
public record SearchResults(List<SearchHit> documents, int totalDocuments, List<NoteHit> notes, List<ThemeHit> themes,
                            List<MemoHit> memos, boolean newestFirst) {

    public SearchResults {
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
        themes = List.copyOf(themes);
        memos = List.copyOf(memos);
    }

    public SearchResults(List<SearchHit> documents, int totalDocuments, List<NoteHit> notes, List<ThemeHit> themes,
                         boolean newestFirst) {
        this(documents, totalDocuments, notes, themes, List.of(), newestFirst);
    }

    public boolean isEmpty() {
        return documents.isEmpty() && notes.isEmpty() && themes.isEmpty() && memos.isEmpty();
    }
}
