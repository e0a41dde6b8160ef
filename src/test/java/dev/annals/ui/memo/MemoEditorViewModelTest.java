package dev.annals.ui.memo;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.memo.MemoService;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.RunningTasks;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import dev.annals.ui.common.TaskHandle;
import dev.annals.ui.memo.MemoEditorViewModel.SaveState;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Save-as-you-type: a pause saves, moving on saves at once, and the order of the saves keeps the last text. */
class MemoEditorViewModelTest {

    private static final MemoSubject DOC_1 = MemoSubject.document(1);
    private static final MemoSubject DOC_2 = MemoSubject.document(2);

    private final InMemoryMemos store = new InMemoryMemos();
    private final MemoService service = new MemoService(store, new LibraryChanges(), Clock.systemUTC());
    private final HandDebouncer pause = new HandDebouncer();

    /** A debouncer the test fires, as if typing had paused. */
    static final class HandDebouncer implements Debouncer {
        Runnable pending;

        @Override
        public void restart(Runnable action) {
            pending = action;
        }

        @Override
        public void cancel() {
            pending = null;
        }

        void elapse() {
            Runnable action = pending;
            pending = null;
            if (action != null) action.run();
        }
    }

    /** The task executor held back: work waits in order until the test lets it run, as on the real single thread. */
    static final class HeldTasks implements BackgroundTasks {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        private final SameThreadBackgroundTasks now = new SameThreadBackgroundTasks();

        @Override
        public <T> TaskHandle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> now.submit(title, work, onSuccess, onFailure));
            return null;
        }

        void runAll() {
            while (!queue.isEmpty()) queue.poll().run();
        }

        @Override
        public RunningTasks running() {
            return now.running();
        }
    }

    private MemoEditorViewModel editor(BackgroundTasks tasks) {
        return new MemoEditorViewModel(service, tasks, I18n.forLanguage("en"), pause);
    }

    @Test
    void typingSavesOnlyOnceThePauseComes() {
        MemoEditorViewModel vm = editor(new SameThreadBackgroundTasks());
        vm.show(DOC_1);

        vm.textProperty().set("G");
        vm.textProperty().set("Gh");
        vm.textProperty().set("Ghi nhớ");
        assertThat(store.writes).isZero();
        assertThat(vm.stateProperty().get()).isEqualTo(SaveState.EDITED);
        assertThat(vm.stateText(vm.stateProperty().get())).isEqualTo("Edited…");

        pause.elapse();

        assertThat(store.writes).isEqualTo(1);
        assertThat(service.text(DOC_1)).isEqualTo("Ghi nhớ");
        assertThat(vm.stateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void movingToAnotherObjectSavesWhatWasTypedAtOnceAndShowsTheOthersMemo() {
        service.write(DOC_2, "Đã có từ trước");
        store.writes = 0;
        HeldTasks tasks = new HeldTasks();
        MemoEditorViewModel vm = editor(tasks);
        vm.show(DOC_1);
        tasks.runAll();

        vm.textProperty().set("Chưa dừng gõ");
        vm.show(DOC_2);
        assertThat(vm.loadingProperty().get()).isTrue();
        tasks.runAll();

        assertThat(service.text(DOC_1)).isEqualTo("Chưa dừng gõ");
        assertThat(vm.textProperty().get()).isEqualTo("Đã có từ trước");
        assertThat(vm.stateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(store.writes).isEqualTo(1);
    }

    @Test
    void aMemoShownIsNotWrittenBackAndABackAndForthLosesNothing() {
        HeldTasks tasks = new HeldTasks();
        MemoEditorViewModel vm = editor(tasks);
        vm.show(DOC_1);
        tasks.runAll();
        vm.textProperty().set("một");
        vm.show(DOC_2);
        vm.show(DOC_1); // back before anything ran: the save of "một" is queued ahead of the reading
        tasks.runAll();

        assertThat(vm.textProperty().get()).isEqualTo("một");
        vm.show(DOC_2);
        tasks.runAll();
        assertThat(store.writes).isEqualTo(1);
    }

    @Test
    void savesKeepTheirOrderSoTheLastTextWins() {
        HeldTasks tasks = new HeldTasks();
        MemoEditorViewModel vm = editor(tasks);
        vm.show(DOC_1);
        tasks.runAll();
        vm.textProperty().set("bản đầu");
        pause.elapse();
        vm.textProperty().set("bản sau");
        pause.elapse();
        assertThat(vm.stateProperty().get()).isEqualTo(SaveState.SAVING);

        tasks.runAll();

        assertThat(service.text(DOC_1)).isEqualTo("bản sau");
        assertThat(vm.stateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aFailedSaveSaysSoAndIsTriedAgainOnMovingOn() {
        MemoEditorViewModel vm = editor(new SameThreadBackgroundTasks());
        vm.show(DOC_1);
        store.failing = true;
        vm.textProperty().set("không mất");
        pause.elapse();
        assertThat(vm.stateProperty().get()).isEqualTo(SaveState.FAILED);

        store.failing = false;
        vm.saveNow();

        assertThat(service.text(DOC_1)).isEqualTo("không mất");
    }

    @Test
    void importedMemosAreShownApartAndNoObjectMeansNoEditing() {
        store.insert(new Memo(0, 1L, null, "Description", "từ dự án", "p.qdpx", Instant.EPOCH));
        MemoEditorViewModel vm = editor(new SameThreadBackgroundTasks());
        vm.show(DOC_1);

        assertThat(vm.imported()).extracting(Memo::text).containsExactly("từ dự án");
        assertThat(vm.textProperty().get()).isEmpty();

        vm.show(null);
        vm.textProperty().set("gõ khi không có gì mở");
        vm.saveNow();
        assertThat(vm.imported()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(SaveState.EMPTY);
        assertThat(store.memos).hasSize(1);
    }
}
