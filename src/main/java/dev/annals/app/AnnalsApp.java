package dev.annals.app;

import dev.annals.logic.LibraryOpener;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The JavaFX application: opens the library and shows the main window. */
public final class AnnalsApp extends Application {

    /** What the launcher hands to the application, which JavaFX constructs itself. */
    record Startup(Path libraryFolder, String lang, LibraryOpener opener) {
    }

    private static Startup startup;

    static void configure(Startup value) {
        startup = value;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Annals");
        stage.setScene(new Scene(new Label("Annals — " + startup.libraryFolder()), 1200, 800));
        stage.show();
    }
}
