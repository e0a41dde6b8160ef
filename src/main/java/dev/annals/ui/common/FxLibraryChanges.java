package dev.annals.ui.common;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.changes.Subscription;
import javafx.application.Platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The library's changes as the window hears them: every change is handed to the FX thread, whatever thread made
 * it, so a listener may touch properties and nodes. One per window content; {@link #close()} unsubscribes all
 * the listeners it gave out (the window's content is rebuilt when the language changes).
 */
public final class FxLibraryChanges implements AutoCloseable {

    private final LibraryChanges changes;
    private final Executor fxThread;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** {@code fxThread} runs the listeners: {@code Platform::runLater} in the app; tests may pass a checking one. */
    public FxLibraryChanges(LibraryChanges changes, Executor fxThread) {
        this.changes = changes;
        this.fxThread = fxThread;
    }

    public static FxLibraryChanges onFxThread(LibraryChanges changes) {
        return new FxLibraryChanges(changes, Platform::runLater);
    }

    /** Runs {@code listener} on the FX thread after each change, until this adapter is closed. */
    public void subscribe(Consumer<LibraryChange> listener) {
        subscriptions.add(changes.subscribe(change -> fxThread.execute(() -> listener.accept(change))));
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }
}
