package dev.annals.model;

import java.time.Instant;

/**
 * A memo kept with the library: about a document, a theme, a conference, or the library as a whole (every id
 * null). A memo written in Annals has an empty {@code origin}; one that came in with a REFI-QDA project names it.
 * {@code formerConference} names the conference a library memo was written about before that conference went
 * (merged away or regrouped), so the writing is kept with a note of what it was about (ADR 0046).
 */
public record Memo(long id, Long docId, Long themeId, Long conferenceId, String title, String text, String origin,
                   Instant created, Instant updated, String formerConference) {

    public Memo {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        origin = origin == null ? "" : origin;
        formerConference = formerConference == null ? "" : formerConference;
        updated = updated == null ? created : updated;
    }

    /** A memo about a document or a theme (or the library), as an imported project brings it. */
    public Memo(long id, Long docId, Long themeId, String title, String text, String origin, Instant created) {
        this(id, docId, themeId, null, title, text, origin, created, created, "");
    }

    public MemoSubject subject() {
        if (docId != null) return MemoSubject.document(docId);
        if (themeId != null) return MemoSubject.theme(themeId);
        if (conferenceId != null) return MemoSubject.conference(conferenceId);
        return MemoSubject.LIBRARY;
    }

    /** Written in Annals (not brought in by an imported project): the memo edited beside its object. */
    public boolean written() {
        return origin.isEmpty();
    }

    public Memo withText(String newText, Instant when) {
        return new Memo(id, docId, themeId, conferenceId, title, newText, origin, created, when, formerConference);
    }
}
