package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The window on a large library, in a JVM of its own (args: library folder, result file): how long the Library
 * table takes to show its first rows and to fill after the first frame, each keystroke of a typed filter (the table's filter and the layout
 * that follows), opening the Timeline with its heat map until nothing more loads, and the heap after a full GC
 * with all of that open. Written as "name=value" lines.
 */
public final class WindowProbe {

    private static final String TYPED = "hội nghị số 4242";
    private final Map<String, Object> figures = new TreeMap<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private long started;

    public static void main(String[] args) throws Exception {
        new WindowProbe().run(Path.of(args[0]), Path.of(args[1]));
        System.exit(0);
    }

    private void run(Path library, Path out) throws Exception {
        started = System.nanoTime();
        try (LibrarySession session = new SessionFactory(Clock.systemUTC(), false).open(library);
             FxBackgroundTasks tasks = new FxBackgroundTasks()) {
            figures.put("window_open_library_ms", millisSince(started));
            Platform.setImplicitExit(false);
            Platform.startup(() -> open(session, tasks));
            if (!done.await(300, TimeUnit.SECONDS)) figures.put("window_timed_out", true);
            StringBuilder lines = new StringBuilder();
            figures.forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
            Files.writeString(out, lines);
            Platform.exit();
        }
    }

    private void open(LibrarySession session, FxBackgroundTasks tasks) {
        BundledFonts.load();
        UserSettings settings = new UserSettings(SettingsStore.inMemory());
        settings.setTourSeen();
        settings.setLastView(Section.LIBRARY);
        var parts = WindowAssembly.build(session, I18n.forLanguage("en"), tasks, settings, FilePicker.answering(List.of()),
                uri -> { }, Version.current(), FxLibraryChanges.onFxThread(session.changes()));
        Stage stage = new Stage();
        stage.setScene(new Scene(parts.window().root(), 1280, 800));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                figures.putIfAbsent("window_first_frame_ms", millisSince(started));
                // a timer runs at the start of a pulse: the frame this pulse draws lays out and shows the rows
                if (!parts.library().visibleDocuments().isEmpty()) {
                    stop();
                    figures.put("window_first_rows_ms", millisSince(started));
                }
            }
        }.start();
        new SettledFrames(tasks, () -> {
            figures.put("window_library_ready_ms", millisSince(started));
            figures.put("window_library_rows", parts.library().documents().size());
            typeFilter(parts.library().filterTextProperty(), parts.window().root());
            parts.library().filterTextProperty().set("");
            long timeline = System.nanoTime();
            parts.window().navigator().showTimeline();
            new SettledFrames(tasks, () -> {
                figures.put("window_timeline_open_ms", millisSince(timeline));
                heapAfterGc();
                done.countDown();
            }).start();
        }).start();
    }

    private void typeFilter(javafx.beans.property.StringProperty filter, Parent root) {
        List<Double> keystrokes = new ArrayList<>();
        for (int i = 1; i <= TYPED.length(); i++) {
            long at = System.nanoTime();
            filter.set(TYPED.substring(0, i));
            root.applyCss();
            root.layout();
            keystrokes.add((System.nanoTime() - at) / 1e6);
        }
        keystrokes.sort(Double::compare);
        figures.put("window_filter_keystroke_median_ms", round(keystrokes.get(keystrokes.size() / 2)));
        figures.put("window_filter_keystroke_max_ms", round(keystrokes.get(keystrokes.size() - 1)));
    }

    private void heapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        figures.put("window_heap_after_gc_mb", used / (1024 * 1024));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
