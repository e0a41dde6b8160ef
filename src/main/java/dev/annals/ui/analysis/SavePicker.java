package dev.annals.ui.analysis;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file; tests answer without a dialog. */
@FunctionalInterface
public interface SavePicker {

    Optional<Path> choose(Window owner, String title, String suggestedName);

    /** The system's save dialog. */
    SavePicker SYSTEM = (owner, title, suggestedName) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    };
}
