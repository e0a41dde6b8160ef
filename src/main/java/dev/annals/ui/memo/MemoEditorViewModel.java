package dev.annals.ui.memo;

import dev.annals.logic.memo.MemoService;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;

/**
 * The memo beside the object shown (a document, a theme, a conference), saved as it is typed: a pause in the
 * typing saves it off the FX thread, and so does moving to another object or closing, so nothing typed is lost.
 * Saves run one after another on the task executor, in the order asked, so the last text is the one kept.
 */
public final class MemoEditorViewModel {

    /** What the indicator says. */
    public enum SaveState { EMPTY, SAVED, EDITED, SAVING, FAILED }

    private final MemoService memos;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final Debouncer debouncer;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<MemoSubject> subject = new SimpleObjectProperty<>();
    private final ObjectProperty<SaveState> state = new SimpleObjectProperty<>(SaveState.EMPTY);
    private final ObservableList<Memo> imported = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private boolean quiet;
    private long edits;
    private long savedEdits;

    public MemoEditorViewModel(MemoService memos, BackgroundTasks tasks, I18n i18n, Debouncer debouncer) {
        this.memos = memos;
        this.tasks = tasks;
        this.i18n = i18n;
        this.debouncer = debouncer;
        text.addListener((obs, old, now) -> edited());
    }

    /** Shows the memo of {@code next} (null: none); what was typed about the one before is saved first. */
    public void show(MemoSubject next) {
        if (Objects.equals(next, subject.get())) return;
        saveNow();
        subject.set(next);
        imported.clear();
        setQuietly("");
        state.set(next == null ? SaveState.EMPTY : SaveState.SAVING);
        loading.set(next != null);
        if (next == null) return;
        tasks.submit(i18n.t("memo.task.load"), p -> memos.about(next), all -> {
            if (!next.equals(subject.get())) return;
            loading.set(false);
            setQuietly(all.stream().filter(Memo::written).map(Memo::text).findFirst().orElse(""));
            imported.setAll(all.stream().filter(m -> !m.written()).toList());
            state.set(SaveState.SAVED);
        }, failure -> {
            if (!next.equals(subject.get())) return;
            loading.set(false);
            state.set(SaveState.FAILED);
        });
    }

    /** Saves what is typed now, without waiting for a pause (moving away, closing the window). */
    public void saveNow() {
        debouncer.cancel();
        if (subject.get() == null || loading.get() || savedEdits == edits) return;
        MemoSubject about = subject.get();
        String written = text.get();
        long upTo = edits;
        savedEdits = upTo;
        state.set(SaveState.SAVING);
        tasks.submit(i18n.t("memo.task.save"), p -> memos.write(about, written), saved -> {
            if (about.equals(subject.get()) && edits == upTo) state.set(SaveState.SAVED);
        }, failure -> {
            if (!about.equals(subject.get())) return;
            savedEdits = -1; // the next pause or move tries again
            state.set(SaveState.FAILED);
        });
    }

    private void edited() {
        if (quiet || loading.get() || subject.get() == null) return;
        edits++;
        state.set(SaveState.EDITED);
        debouncer.restart(this::saveNow);
    }

    private void setQuietly(String value) {
        quiet = true;
        text.set(value);
        quiet = false;
        edits = 0;
        savedEdits = 0;
    }

    /** The indicator's words for a state. */
    public String stateText(SaveState s) {
        return switch (s) {
            case EMPTY -> "";
            case SAVED -> i18n.t("memo.state.saved");
            case EDITED -> i18n.t("memo.state.edited");
            case SAVING -> i18n.t("memo.state.saving");
            case FAILED -> i18n.t("memo.state.failed");
        };
    }

    public StringProperty textProperty() { return text; }

    public ReadOnlyObjectProperty<MemoSubject> subjectProperty() { return subject; }

    public ReadOnlyObjectProperty<SaveState> stateProperty() { return state; }

    /** The memos an imported project brought about the object, shown as they came. */
    public ObservableList<Memo> imported() { return imported; }

    /** True while the memo of the object is read: the editor waits, so nothing typed is overwritten. */
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }

    public I18n i18n() { return i18n; }
}
