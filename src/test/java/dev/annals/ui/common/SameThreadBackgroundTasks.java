package dev.annals.ui.common;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: ViewModel tests see results without waiting. */
public final class SameThreadBackgroundTasks implements BackgroundTasks {

    private final RunningTasks running = new RunningTasks();

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        SimpleTaskHandle handle = new SimpleTaskHandle(title);
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    handle.set(done, total, message);
                }

                @Override
                public boolean isCancelled() {
                    return handle.isCancelled();
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public RunningTasks running() {
        return running;
    }
}
