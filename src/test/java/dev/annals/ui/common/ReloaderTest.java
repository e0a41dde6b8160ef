package dev.annals.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Reloads asked while one runs become one more read, and the newest read is always the one shown. */
class ReloaderTest {

    /** Runs work only when told to, as a background thread would later. */
    private static final class HeldTasks implements BackgroundTasks {
        final List<Runnable> held = new ArrayList<>();
        private final RunningTasks running = new RunningTasks();

        @Override
        public <T> TaskHandle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.run(null));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return null;
        }

        @Override
        public RunningTasks running() {
            return running;
        }

        void runNext() {
            held.remove(0).run();
        }
    }

    private final HeldTasks tasks = new HeldTasks();
    private final List<Integer> shown = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int version;

    @Test
    void requestsDuringARunBecomeOneMoreRead() {
        Reloader<Integer> reloader = Reloader.of(tasks, "load", p -> ++version, shown::add, e -> failures.add(e.getMessage()));
        reloader.request();
        reloader.request();
        reloader.request();
        assertThat(tasks.held).hasSize(1);
        tasks.runNext();
        assertThat(shown).containsExactly(1);
        assertThat(tasks.held).as("one more read for the requests made meanwhile").hasSize(1);
        tasks.runNext();
        assertThat(shown).containsExactly(1, 2);
        assertThat(tasks.held).isEmpty();
    }

    @Test
    void whatToReadIsDecidedWhenTheReadStarts() {
        int[] wanted = {7};
        Reloader<Integer> reloader = new Reloader<>(tasks, "load", () -> {
            int now = wanted[0];
            return p -> now;
        }, shown::add, e -> { });
        reloader.request();
        wanted[0] = 8;
        tasks.runNext();
        assertThat(shown).containsExactly(7);
    }

    @Test
    void aFailureIsReportedAndTheNextRequestReadsAgain() {
        boolean[] broken = {true};
        Reloader<Integer> reloader = Reloader.of(tasks, "load", p -> {
            if (broken[0]) throw new IllegalStateException("disk");
            return 3;
        }, shown::add, e -> failures.add(e.getMessage()));
        reloader.request();
        tasks.runNext();
        assertThat(failures).containsExactly("disk");
        broken[0] = false;
        reloader.request();
        tasks.runNext();
        assertThat(shown).containsExactly(3);
    }
}
