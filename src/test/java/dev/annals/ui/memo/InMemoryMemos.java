package dev.annals.ui.memo;

import dev.annals.logic.library.MemoStore;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Memos in a list, counting the writes, and failing them on demand. */
final class InMemoryMemos implements MemoStore {

    final List<Memo> memos = new ArrayList<>();
    int writes;
    boolean failing;
    private long next = 1;

    @Override
    public Memo insert(Memo m) {
        write();
        Memo stored = new Memo(next++, m.docId(), m.themeId(), m.conferenceId(), m.title(), m.text(), m.origin(), m.created(),
                m.updated(), m.formerConference());
        memos.add(stored);
        return stored;
    }

    @Override
    public List<Memo> forDocument(long docId) {
        return memos.stream().filter(m -> m.subject().equals(MemoSubject.document(docId))).toList();
    }

    @Override
    public List<Memo> forTheme(long themeId) {
        return memos.stream().filter(m -> m.subject().equals(MemoSubject.theme(themeId))).toList();
    }

    @Override
    public List<Memo> forConference(long conferenceId) {
        return memos.stream().filter(m -> m.subject().equals(MemoSubject.conference(conferenceId))).toList();
    }

    @Override
    public List<Memo> general() {
        return memos.stream().filter(m -> m.subject().equals(MemoSubject.LIBRARY)).toList();
    }

    @Override
    public List<Memo> all() {
        return List.copyOf(memos);
    }

    @Override
    public Optional<Memo> written(MemoSubject subject) {
        return memos.stream().filter(m -> m.written() && m.subject().equals(subject)).findFirst();
    }

    @Override
    public void update(Memo memo) {
        write();
        memos.replaceAll(m -> m.id() == memo.id() ? memo : m);
    }

    @Override
    public void delete(long id) {
        write();
        memos.removeIf(m -> m.id() == id);
    }

    private void write() {
        if (failing) throw new IllegalStateException("disk full");
        writes++;
    }
}
