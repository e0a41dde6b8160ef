package dev.annals.logic.memo;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.MemoStore;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Memos as writing: the one memo written in Annals about a document, a theme or a conference is read and saved
 * here, while the memos an imported project brought stay as they came. Saving an empty text removes the memo.
 */
public final class MemoService {

    private final MemoStore store;
    private final LibraryChanges changes;
    private final Clock clock;

    public MemoService(MemoStore store, LibraryChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    /** The text written about the subject, "" when none. */
    public String text(MemoSubject subject) {
        return store.written(subject).map(Memo::text).orElse("");
    }

    /** Saves the subject's memo (NFC); returns it, or empty when the text was blank and the memo is gone. */
    public synchronized Optional<Memo> write(MemoSubject subject, String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        Optional<Memo> present = store.written(subject);
        Optional<Memo> result;
        if (nfc.isBlank()) {
            present.ifPresent(m -> store.delete(m.id()));
            result = Optional.empty();
            if (present.isEmpty()) return result;
        } else if (present.isPresent()) {
            if (present.get().text().equals(nfc)) return present;
            Memo changed = present.get().withText(nfc, clock.instant());
            store.update(changed);
            result = Optional.of(changed);
        } else {
            result = Optional.of(store.insert(fresh(subject, nfc)));
        }
        changes.publish(LibraryChange.memos());
        return result;
    }

    private Memo fresh(MemoSubject s, String text) {
        Long doc = s.kind() == MemoSubject.Kind.DOCUMENT ? s.id() : null;
        Long theme = s.kind() == MemoSubject.Kind.THEME ? s.id() : null;
        Long conference = s.kind() == MemoSubject.Kind.CONFERENCE ? s.id() : null;
        var now = clock.instant();
        return new Memo(0, doc, theme, conference, "", text, "", now, now, "");
    }

    /** Every memo about the subject, the written one and those imported. */
    public List<Memo> about(MemoSubject subject) {
        return switch (subject.kind()) {
            case DOCUMENT -> store.forDocument(subject.id());
            case THEME -> store.forTheme(subject.id());
            case CONFERENCE -> store.forConference(subject.id());
            case LIBRARY -> store.general();
        };
    }

    public List<Memo> all() {
        return store.all();
    }
}
