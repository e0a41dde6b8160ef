package dev.annals.ui.common;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work on one background thread, in order (the library has one SQLite connection), and reports back on the
 * FX thread. The list of running tasks, which the status bar shows, only ever changes on the FX thread.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxBackgroundTasks.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annals-io");
        t.setDaemon(true);
        return t;
    });
    private final RunningTasks running = new RunningTasks();

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        SimpleTaskHandle handle = new SimpleTaskHandle(title);
        if (executor.isShutdown()) {
            // a view of a window that has closed can still be asked (a late timer, a last key); its work has no one to show it to
            LOG.log(Level.INFO, "task after close, not run: " + title, new IllegalStateException("closed"));
            handle.cancel();
            return handle;
        }
        if (Platform.isFxApplicationThread()) {
            running.tasks().add(handle);
        } else {
            LOG.warning(() -> "task submitted off the FX thread: " + title);
            Platform.runLater(() -> running.tasks().add(handle));
        }
        executor.submit(() -> {
            try {
                T result = work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        Platform.runLater(() -> handle.set(done, total, message));
                    }

                    @Override
                    public boolean isCancelled() {
                        return handle.isCancelled();
                    }
                });
                Platform.runLater(() -> {
                    running.tasks().remove(handle);
                    onSuccess.accept(result);
                });
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "background task failed: " + title, e);
                Platform.runLater(() -> {
                    running.tasks().remove(handle);
                    onFailure.accept(e);
                });
            }
        });
        return handle;
    }

    @Override
    public RunningTasks running() {
        return running;
    }

    @Override
    public void close() {
        executor.shutdown();
        // writes queued just before closing (a memo typed, a reading position) finish before the library closes
        try {
            if (!executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) LOG.warning("background work still running at close");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
