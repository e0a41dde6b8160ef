package dev.annals.ui.common;

import java.util.function.Consumer;

/**
 * The one way views run I/O: work runs off the FX thread and its results come back on it. The application
 * uses {@link FxBackgroundTasks}; ViewModel tests use {@link SameThreadBackgroundTasks}.
 */
public interface BackgroundTasks {

    /** Lets long work report progress and notice a Cancel. */
    interface Progress {
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Runs {@code work} in the background. {@code onSuccess} or {@code onFailure} is then called on the FX thread.
     * The returned handle can cancel it; work that cancels itself should return what it has done so far.
     */
    <T> TaskHandle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The work under way, for the status bar. */
    RunningTasks running();
}
