package dev.annals.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.atomic.AtomicBoolean;

/** A task handle whose progress is set by its runner; also the {@link BackgroundTasks.Progress} the work sees. */
final class SimpleTaskHandle implements TaskHandle {

    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    SimpleTaskHandle(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    /** Must be called on the FX thread (or the test thread). */
    void set(long done, long total, String text) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        message.set(text == null ? "" : text);
    }
}
