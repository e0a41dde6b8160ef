package dev.annals.ui.common;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window hears the library's changes only through the executor standing for the FX thread. */
class FxLibraryChangesTest {

    /** Holds what it is given until told to run it, and remembers on which thread each runnable was handed over. */
    private static final class Held implements Executor {
        final List<Runnable> queue = new ArrayList<>();
        final List<String> handedOverBy = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable command) {
            handedOverBy.add(Thread.currentThread().getName());
            queue.add(command);
        }

        synchronized void runAll() {
            queue.forEach(Runnable::run);
            queue.clear();
        }
    }

    private final LibraryChanges changes = new LibraryChanges();
    private final Held fxThread = new Held();
    private final FxLibraryChanges adapter = new FxLibraryChanges(changes, fxThread);
    private final List<String> heard = new ArrayList<>();

    @Test
    void aChangeMadeOnABackgroundThreadReachesTheListenerOnlyThroughTheExecutor() throws Exception {
        adapter.subscribe(c -> heard.add(Thread.currentThread().getName() + " " + c.docIds()));
        CompletableFuture.runAsync(() -> changes.publish(LibraryChange.annotations(4))).get(5, TimeUnit.SECONDS);
        assertThat(heard).as("nothing ran on the background thread").isEmpty();
        assertThat(fxThread.handedOverBy).singleElement().asString().doesNotContain(Thread.currentThread().getName());
        fxThread.runAll();
        assertThat(heard).containsExactly(Thread.currentThread().getName() + " [4]");
    }

    @Test
    void closingUnsubscribesEveryListenerItGaveOut() {
        adapter.subscribe(c -> heard.add("a"));
        adapter.subscribe(c -> heard.add("b"));
        assertThat(changes.subscribers()).isEqualTo(2);
        adapter.close();
        assertThat(changes.subscribers()).isZero();
        changes.publish(LibraryChange.conferences());
        fxThread.runAll();
        assertThat(heard).isEmpty();
    }
}
