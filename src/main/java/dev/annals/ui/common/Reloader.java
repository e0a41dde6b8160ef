package dev.annals.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads something in the background and shows it, however often it is asked to: while a read runs, further
 * requests become one more read after it. Changes can come in bursts (an import publishes every batch), and each
 * view needs only the latest state. Call it on the FX thread; what to read is decided there, when the read starts.
 */
public final class Reloader<T> {

    private final BackgroundTasks tasks;
    private final String title;
    private final Supplier<BackgroundTasks.Work<T>> read;
    private final Consumer<T> show;
    private final Consumer<Throwable> fail;
    private boolean running;
    private boolean again;

    /** {@code read} is asked on the FX thread for the work to run, so it can take what it needs from the view's state. */
    public Reloader(BackgroundTasks tasks, String title, Supplier<BackgroundTasks.Work<T>> read, Consumer<T> show,
                    Consumer<Throwable> fail) {
        this.tasks = tasks;
        this.title = title;
        this.read = read;
        this.show = show;
        this.fail = fail;
    }

    /** Reads the same thing each time. */
    public static <T> Reloader<T> of(BackgroundTasks tasks, String title, BackgroundTasks.Work<T> read, Consumer<T> show,
                                     Consumer<Throwable> fail) {
        return new Reloader<>(tasks, title, () -> read, show, fail);
    }

    public void request() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        tasks.submit(title, read.get(), result -> finish(() -> show.accept(result)), error -> finish(() -> fail.accept(error)));
    }

    /** Shows the outcome, then reads again if asked meanwhile: the newest read is always shown last. */
    private void finish(Runnable outcome) {
        running = false;
        outcome.run();
        if (again) {
            again = false;
            request();
        }
    }
}
