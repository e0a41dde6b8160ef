package dev.annals.logic.library;

import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;

import java.util.List;
import java.util.Optional;

/** Storage of memos. Implemented by the persistence layer. */
public interface MemoStore {

    /** Stores a new memo (its id is ignored) and returns it with its id. */
    Memo insert(Memo memo);

    List<Memo> forDocument(long docId);

    List<Memo> forTheme(long themeId);

    List<Memo> forConference(long conferenceId);

    /** Memos about the library as a whole. */
    List<Memo> general();

    /** Every memo, by subject: documents, themes, conferences, then the library's. */
    List<Memo> all();

    /** The memo written in Annals about this subject, if there is one. */
    Optional<Memo> written(MemoSubject subject);

    /** Replaces the text of a stored memo and its {@code updated} time. */
    void update(Memo memo);

    void delete(long id);
}
