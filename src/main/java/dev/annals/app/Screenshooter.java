package dev.annals.app;

import dev.annals.cli.ExitStatus;
import dev.annals.cli.ScreenshotRequest;
import dev.annals.cli.UserError;
import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.PngImages;
import dev.annals.ui.help.GuideWindow;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.ThemeMode;
import dev.annals.ui.shell.UserSettings;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** `annals screenshot`: the real window on one view with the library's data, saved as a PNG once laid out. */
final class Screenshooter {

    private static final long TIMEOUT_SECONDS = 60;

    private final LibraryOpener opener;

    Screenshooter(LibraryOpener opener) {
        this.opener = opener;
    }

    int take(ScreenshotRequest request) {
        try (LibrarySession session = opener.open(request.libraryFolder())) {
            startToolkit();
            CompletableFuture<WritableImage> shot = new CompletableFuture<>();
            try (FxBackgroundTasks tasks = new FxBackgroundTasks()) {
                Platform.runLater(() -> {
                    try {
                        open(session, tasks, request, shot);
                    } catch (RuntimeException e) {
                        shot.completeExceptionally(e);
                    }
                });
                write(shot.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), request);
            } finally {
                Platform.exit();
            }
            return ExitStatus.OK;
        } catch (TimeoutException e) {
            throw new UserError(ExitStatus.SOME_FAILED, "the window was not ready within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot take the screenshot: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(ExitStatus.SOME_FAILED, "interrupted");
        }
    }

    private static void startToolkit() {
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // a toolkit started earlier in this process is fine
        } catch (RuntimeException e) {
            throw new UserError(ExitStatus.SOME_FAILED, "no display to open the window on (" + e.getMessage()
                    + "); run it in a desktop session or under xvfb-run");
        }
    }

    private static void open(LibrarySession session, FxBackgroundTasks tasks, ScreenshotRequest request,
                             CompletableFuture<WritableImage> shot) {
        BundledFonts.load();
        String lang = UserSettings.resolveLanguage(request.lang(), new UserSettings(PreferencesStore.forUser()).language(),
                Locale.getDefault());
        UserSettings settings = new UserSettings(SettingsStore.inMemory());
        settings.setTheme(ThemeMode.fromId(request.mode()).orElse(ThemeMode.LIGHT));
        settings.setUiScale(request.zoomPercent() / 100.0);
        settings.setTourSeen(); // the pictures show the window as people use it
        Section section = request.view().equals("compare") ? Section.TIMELINE : Section.fromId(request.view()).orElse(Section.LIBRARY);
        settings.setLastView(section);
        I18n i18n = I18n.forLanguage(lang);
        var parts = WindowAssembly.build(session, i18n, tasks, settings, FilePicker.answering(List.of()), uri -> { },
                Version.current(), FxLibraryChanges.onFxThread(session.changes()));
        Stage stage = new Stage();
        stage.setTitle(i18n.t("shell.window.title", String.valueOf(session.folder().getFileName())));
        stage.setScene(new Scene(parts.window().root(), request.width(), request.height()));
        stage.show();
        if (request.docId() != null) parts.window().navigator().openDocument(request.docId());
        if (request.query() != null) parts.hooks().showSearch().get().accept(request.query());
        Runnable opensWindow = switch (request.view()) {
            case "export" -> parts.hooks().export().get();
            case "guide" -> () -> new GuideWindow(i18n).show(parts.window().root());
            case "compare" -> () -> parts.hooks().compareConferences().get().accept(comparedIds(session, request));
            default -> null;
        };
        if (opensWindow == null) {
            new SettledFrames(tasks, () -> shot.complete(stage.getScene().snapshot(null))).start();
            return;
        }
        // the export dialog, the guide and the comparison are windows of their own over the library: they are the ones pictured
        new SettledFrames(tasks, () -> {
            opensWindow.run();
            new SettledFrames(tasks, () -> shot.complete(javafx.stage.Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing() && w.getScene() != null).findFirst()
                    .map(w -> w.getScene().snapshot(null)).orElseGet(() -> stage.getScene().snapshot(null)))).start();
        }).start();
    }

    private static List<Long> comparedIds(LibrarySession session, ScreenshotRequest request) {
        if (!request.compare().isEmpty()) return request.compare();
        return session.timeline().conferences(dev.annals.logic.timeline.ConferenceNamer.ENGLISH).stream().limit(2)
                .map(dev.annals.model.Conference::id).toList();
    }

    private static void write(WritableImage image, ScreenshotRequest request) {
        try {
            PngImages.write(PngImages.toBufferedImage(image), request.out());
        } catch (IOException e) {
            throw new UserError(ExitStatus.SOME_FAILED, "cannot write " + request.out() + ": " + e.getMessage());
        }
    }
}
