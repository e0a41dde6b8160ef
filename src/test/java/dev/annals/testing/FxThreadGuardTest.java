package dev.annals.testing;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard itself: it sees changes made off the FX thread, and only those. */
@ExtendWith(ApplicationExtension.class)
class FxThreadGuardTest {

    @Test
    void recordsATextSetOnABackgroundThreadButNotOnTheFxThread(FxRobot robot) throws Exception {
        Label label = new Label("a");
        VBox root = new VBox(label);
        FxThreadGuard guard = onFx(() -> FxThreadGuard.watch(root));
        robot.interact(() -> label.setText("b"));
        assertThat(guard.violations()).isEmpty();

        CompletableFuture.runAsync(() -> label.setText("c")).get(5, TimeUnit.SECONDS);
        assertThat(guard.violations()).singleElement().asString().startsWith("Label.text changed on ");
    }

    @Test
    void watchesNodesAddedLaterAndObservablesTheWindowFollows(FxRobot robot) throws Exception {
        VBox root = new VBox();
        ObservableList<String> tasks = FXCollections.observableArrayList();
        FxThreadGuard guard = onFx(() -> FxThreadGuard.watch(root));
        guard.watch(tasks, "running tasks");
        Label late = new Label("late");
        robot.interact(() -> root.getChildren().add(late));

        CompletableFuture.runAsync(() -> {
            late.setVisible(false);
            tasks.add("import");
        }).get(5, TimeUnit.SECONDS);
        assertThat(guard.violations()).hasSize(2).anyMatch(v -> v.startsWith("Label.visible")).anyMatch(v -> v.startsWith("running tasks"));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.SECONDS);
    }
}
