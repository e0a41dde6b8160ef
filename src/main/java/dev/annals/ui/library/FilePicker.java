package dev.annals.ui.library;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks the user for files or a folder to import, or where to save; tests supply paths instead of showing a dialog. */
public interface FilePicker {

    /** The files chosen, or an empty list when the user cancelled. */
    List<Path> chooseFiles(Window owner, String title);

    Optional<Path> chooseFolder(Window owner, String title);

    /** Where to save a file (an analysis export), suggesting a name; empty when the user cancelled. */
    default Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** A picker that answers with these paths without asking (screenshots, tests); the first one is the folder. */
    static FilePicker answering(List<Path> paths) {
        return new FilePicker() {
            @Override
            public List<Path> chooseFiles(Window owner, String title) {
                return paths;
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title) {
                return paths.stream().findFirst();
            }
        };
    }
}
