package dev.annals.bench;

import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.reader.ReaderServices;
import dev.annals.ui.reader.ReaderView;
import dev.annals.ui.reader.ReaderViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * open_1mb_doc_ms and open_1mb_5k_annotations_ms: from asking the reader to open a 1 MB document (read from SQLite
 * off the FX thread) to the end of the first layout pulse that shows it with its annotations painted. Runs the
 * JavaFX toolkit headless (Monocle) when it is on the class path, else on the display; null when neither works.
 */
public final class ReaderBench {

    private static final Logger LOG = Logger.getLogger(ReaderBench.class.getName());
    private static final int WARMUP = 2;
    private static final int RUNS = 7;

    private ReaderBench() {
    }

    public static Map<String, Object> run(PrintStream progress, LibraryOpener opener) {
        return run(progress, opener, WARMUP, RUNS);
    }

    /** The median of {@code runs} openings after {@code warmup} ones, for each document. */
    public static Map<String, Object> run(PrintStream progress, LibraryOpener opener, int warmup, int runs) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("open_1mb_doc_ms", null);
        figures.put("open_1mb_5k_annotations_ms", null);
        if (!FxToolkit.start()) {
            progress.println("reader: no JavaFX display (headless Monocle is not on the class path): figures are null");
            return figures;
        }
        try {
            Path folder = Files.createTempDirectory("annals-reader-bench");
            ReaderBenchLibrary docs = ReaderBenchLibrary.prepare(folder);
            try (LibrarySession library = opener.open(folder);
                 FxBackgroundTasks tasks = new FxBackgroundTasks()) {
                progress.println("reader: opening a 1 MB document");
                figures.put("open_1mb_doc_ms", median(library, tasks, docs.plainDocId(), warmup, runs));
                progress.println("reader: opening a 1 MB document with 5,000 annotations");
                figures.put("open_1mb_5k_annotations_ms", median(library, tasks, docs.annotatedDocId(), warmup, runs));
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "reader benchmark failed", e);
            progress.println("reader: benchmark failed: " + e.getMessage());
        }
        return figures;
    }

    private static double median(LibrarySession library, FxBackgroundTasks tasks, long docId, int warmup, int runs)
            throws Exception {
        double[] times = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            double ms = openOnce(library, tasks, docId);
            if (i >= warmup) times[i - warmup] = ms;
        }
        Arrays.sort(times);
        return Math.round(times[runs / 2] * 10) / 10.0;
    }

    /** A fresh view in a fresh window each time, so nothing is cached from the previous run. */
    private static double openOnce(LibrarySession library, FxBackgroundTasks tasks, long docId) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        ReaderView[] shown = new ReaderView[1];
        Platform.runLater(() -> {
            ReaderView view = new ReaderView(new ReaderViewModel(ReaderServices.of(library), tasks, I18n.forLanguage("vi"), FxLibraryChanges.onFxThread(library.changes())));
            shown[0] = view;
            Scene scene = new Scene(view.root(), 1280, 800);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (!done.isDone() && view.isShowing(docId)) {
                    done.complete((System.nanoTime() - start) / 1e6);
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            view.viewModel().open(docId, 0, 0);
        });
        double ms = done.get(60, TimeUnit.SECONDS);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            shown[0].viewModel().close();
            stage[0].close();
            closed.countDown();
        });
        closed.await(10, TimeUnit.SECONDS);
        return ms;
    }

    /** Starts the JavaFX toolkit once, headless when Monocle is available. */
    static final class FxToolkit {
        private static Boolean started;

        static synchronized boolean start() {
            if (started != null) return started;
            boolean monocle = isPresent("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            if (monocle && System.getProperty("glass.platform") == null) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
            } else if (!monocle && System.getenv("DISPLAY") == null && System.getProperty("os.name", "").contains("Linux")) {
                return started = false;
            }
            CountDownLatch ready = new CountDownLatch(1);
            Runnable theme = () -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            try {
                Platform.setImplicitExit(false);
                Platform.startup(() -> {
                    theme.run();
                    ready.countDown();
                });
                started = ready.await(20, TimeUnit.SECONDS);
            } catch (IllegalStateException alreadyRunning) {
                started = true;
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "the JavaFX toolkit did not start", e);
                started = false;
            }
            return started;
        }

        private static boolean isPresent(String className) {
            try {
                Class.forName(className, false, ReaderBench.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
    }
}
