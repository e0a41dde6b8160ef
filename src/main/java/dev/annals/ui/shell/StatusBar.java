package dev.annals.ui.shell;

import dev.annals.ui.common.I18n;
import dev.annals.ui.common.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: how many documents and annotations, and the background work with its progress and Cancel. */
final class StatusBar extends HBox {

    private final MainViewModel model;
    private final I18n i18n;
    private final Label counts = new Label();
    private final Label taskLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final HBox taskPane = new HBox(8);

    StatusBar(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        createView();
        initListeners();
    }

    private void createView() {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        counts.setId("countsLabel");
        taskLabel.setId("taskLabel");
        progress.setId("taskProgress");
        progress.setPrefWidth(180);
        progress.setAccessibleText(i18n.t("shell.status.progress"));
        cancel.setId("cancelTask");
        cancel.setText(i18n.t("shell.status.cancel"));
        cancel.setAccessibleText(i18n.t("shell.status.cancel"));
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> model.runningTasks().forEach(TaskHandle::cancel));
        taskPane.setId("taskPane");
        taskPane.setAlignment(Pos.CENTER_RIGHT);
        taskPane.getChildren().addAll(taskLabel, progress, cancel);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(counts, spacer, taskPane);
    }

    private void initListeners() {
        counts.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.t("shell.status.counts", model.documentCountProperty().get(), model.annotationCountProperty().get()),
                model.documentCountProperty(), model.annotationCountProperty()));
        model.runningTasks().addListener((ListChangeListener<TaskHandle>) c -> showTask());
        showTask();
    }

    private void showTask() {
        var tasks = model.runningTasks();
        taskPane.setVisible(!tasks.isEmpty());
        taskPane.setManaged(!tasks.isEmpty());
        taskLabel.textProperty().unbind();
        progress.progressProperty().unbind();
        if (tasks.isEmpty()) return;
        TaskHandle task = tasks.get(0);
        taskLabel.textProperty().bind(Bindings.createStringBinding(() -> task.messageProperty().get().isEmpty()
                ? task.title() : task.title() + " — " + task.messageProperty().get(), task.messageProperty()));
        progress.progressProperty().bind(task.progressProperty());
    }
}
