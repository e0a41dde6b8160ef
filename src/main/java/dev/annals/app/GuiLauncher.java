package dev.annals.app;

import dev.annals.logic.LibraryOpener;
import javafx.application.Application;

import java.nio.file.Path;

/** Starts the JavaFX application on a library folder and waits until the window closes. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int launch(Path libraryFolder, String lang, LibraryOpener opener, dev.annals.logic.library.LibraryMaintenance maintenance) {
        AnnalsApp.configure(new AnnalsApp.Startup(libraryFolder, lang, opener, maintenance));
        Application.launch(AnnalsApp.class);
        return AnnalsApp.exitStatus();
    }
}
