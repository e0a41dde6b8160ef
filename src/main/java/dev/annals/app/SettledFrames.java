package dev.annals.app;

import dev.annals.ui.common.BackgroundTasks;
import javafx.animation.AnimationTimer;

/**
 * Waits until the window has settled: some frames rendered and no background work (loading, layout that
 * follows it) for several frames in a row. Then runs the action once, on the FX thread.
 */
final class SettledFrames extends AnimationTimer {

    private static final int MIN_FRAMES = 6;
    private static final int QUIET_FRAMES = 6;

    private final BackgroundTasks tasks;
    private final Runnable action;
    private int frames;
    private int quiet;

    SettledFrames(BackgroundTasks tasks, Runnable action) {
        this.tasks = tasks;
        this.action = action;
    }

    @Override
    public void handle(long now) {
        frames++;
        quiet = tasks.running().tasks().isEmpty() ? quiet + 1 : 0;
        if (frames >= MIN_FRAMES && quiet >= QUIET_FRAMES) {
            stop();
            action.run();
        }
    }
}
