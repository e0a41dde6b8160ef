package dev.annals.ui.search;

import dev.annals.logic.search.NoteHit;
import dev.annals.logic.search.SearchHit;
import dev.annals.logic.search.ThemeHit;

/** One row of the result list: a document, a note, a theme or a memo. */
public sealed interface ResultItem {

    record DocumentResult(SearchHit hit) implements ResultItem {
    }

    record NoteResult(NoteHit hit) implements ResultItem {
    }

    record ThemeResult(ThemeHit hit) implements ResultItem {
    }

    record MemoResult(dev.annals.logic.search.MemoHit hit) implements ResultItem {
    }
}
