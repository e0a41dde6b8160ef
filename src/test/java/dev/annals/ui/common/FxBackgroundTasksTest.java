package dev.annals.ui.common;

import dev.annals.testing.FxThreadGuard;
import javafx.application.Platform;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Work runs off the FX thread; results, progress and the list of running tasks change only on it. */
@ExtendWith(ApplicationExtension.class)
class FxBackgroundTasksTest {

    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void runsWorkInTheBackgroundAndReportsOnTheFxThread() throws Exception {
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> tasks.submit("work", p -> {
            seen.add("work on FX thread: " + Platform.isFxApplicationThread());
            p.update(1, 2, "half");
            return "result";
        }, result -> {
            seen.add("success on FX thread: " + Platform.isFxApplicationThread());
            done.complete(result);
        }, done::completeExceptionally));
        assertThat(done.get(10, TimeUnit.SECONDS)).isEqualTo("result");
        assertThat(seen).containsExactly("work on FX thread: false", "success on FX thread: true");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.running().tasks()).isEmpty();
    }

    @Test
    void aFailureReachesTheFxThreadAndLeavesTheRunningList() throws Exception {
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        Platform.runLater(() -> tasks.submit("boom", p -> {
            throw new IllegalStateException("disk full");
        }, result -> { }, e -> {
            seen.add("failure on FX thread: " + Platform.isFxApplicationThread());
            failed.complete(e);
        }));
        assertThat(failed.get(10, TimeUnit.SECONDS)).hasMessage("disk full");
        assertThat(seen).containsExactly("failure on FX thread: true");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.running().tasks()).isEmpty();
    }

    @Test
    void aTaskSubmittedFromABackgroundThreadStillChangesTheRunningListOnTheFxThread() throws Exception {
        FxThreadGuard guard = WaitForAsyncUtils.asyncFx(() -> FxThreadGuard.watch(new VBox())).get(5, TimeUnit.SECONDS);
        guard.watch(tasks.running().tasks(), "running tasks");
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> tasks.submit("from a background thread", p -> {
            release.await(5, TimeUnit.SECONDS);
            return null;
        }, r -> done.complete(null), done::completeExceptionally)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.running().tasks()).extracting(TaskHandle::title).containsExactly("from a background thread");
        release.countDown();
        done.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.running().tasks()).isEmpty();
        assertThat(guard.violations()).isEmpty();
    }

    @Test
    void cancellingIsSeenByTheWork() throws Exception {
        CompletableFuture<Boolean> sawCancel = new CompletableFuture<>();
        CountDownLatch cancelled = new CountDownLatch(1);
        TaskHandle[] handle = new TaskHandle[1];
        WaitForAsyncUtils.asyncFx(() -> handle[0] = tasks.submit("long", p -> {
            cancelled.await(5, TimeUnit.SECONDS);
            sawCancel.complete(p.isCancelled());
            return null;
        }, r -> { }, e -> { })).get(5, TimeUnit.SECONDS);
        handle[0].cancel();
        cancelled.countDown();
        assertThat(sawCancel.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(handle[0].title()).isEqualTo("long");
    }
}
