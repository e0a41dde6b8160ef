package dev.annals.ui.library;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks the user for files or a folder to import; tests supply paths instead of showing a dialog. */
public interface FilePicker {

    /** The files chosen, or an empty list when the user cancelled. */
    List<Path> chooseFiles(Window owner, String title);

    Optional<Path> chooseFolder(Window owner, String title);

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
