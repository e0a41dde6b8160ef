package dev.annals.logic.library;

import dev.annals.model.Memo;

import java.util.List;

/** Storage of memos. Implemented by the persistence layer. */
public interface MemoStore {

    /** Stores a new memo (its id is ignored) and returns it with its id. */
    Memo insert(Memo memo);

    List<Memo> forDocument(long docId);

    List<Memo> forTheme(long themeId);

    /** Memos about the library as a whole. */
    List<Memo> general();
}
