package dev.annals.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A background task as the UI sees it: its title, progress (0..1, or -1 while unknown) and a way to cancel. */
public interface TaskHandle {

    String title();

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    void cancel();
}
