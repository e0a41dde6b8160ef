package dev.annals.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The background tasks under way, shown in the status bar with their progress and Cancel. */
public final class RunningTasks {

    private final ObservableList<TaskHandle> tasks = FXCollections.observableArrayList();

    public ObservableList<TaskHandle> tasks() {
        return tasks;
    }
}
