package dev.annals.logic.export;

import dev.annals.model.DocumentSummary;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;

import java.util.List;
import java.util.Locale;

/**
 * A memo as an export writes it: what kind of object it is about, that object's name and date, and, for a
 * document or a conference, the documents it concerns.
 */
record ScopedMemo(Memo memo, MemoSubject.Kind kind, String about, PartialDate date, Theme theme, List<DocumentSummary> documents) {

    /** "document", "theme", "conference" or "library", as the CSV and JSON-LD name it. */
    String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The title a REFI-QDA note gets: the memo's own, else "Memo"; a conference's names it, as REFI-QDA has none. */
    String noteName() {
        String title = memo.title().isEmpty() ? "Memo" : memo.title();
        if (kind == MemoSubject.Kind.CONFERENCE) return title + " — conference: " + about + (date == null ? "" : " (" + date.iso() + ")");
        if (!memo.formerConference().isEmpty()) return title + " — conference: " + memo.formerConference();
        return title;
    }
}
