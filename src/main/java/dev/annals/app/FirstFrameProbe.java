package dev.annals.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * For the cold-start benchmark: when the system property annals.firstFrameFile names a file, the app writes the
 * wall-clock time (epoch ms) of its first rendered frame there, and quits. Such a run keeps no user settings.
 */
final class FirstFrameProbe {

    static final String PROPERTY = "annals.firstFrameFile";

    static boolean requested() {
        String file = System.getProperty(PROPERTY);
        return file != null && !file.isBlank();
    }
    private static final Logger LOG = Logger.getLogger(FirstFrameProbe.class.getName());

    private FirstFrameProbe() {
    }

    static void installIfRequested(Stage stage) {
        if (!requested()) return;
        String file = System.getProperty(PROPERTY);
        stage.setOnShown(e -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                // the pulse that runs this timer renders the first frame; record once it is done
                Platform.runLater(() -> record(Path.of(file)));
            }
        }.start());
    }

    private static void record(Path file) {
        try {
            Files.writeString(file, Long.toString(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.warning("cannot write the first-frame time: " + e.getMessage());
        }
        Platform.exit();
    }
}
