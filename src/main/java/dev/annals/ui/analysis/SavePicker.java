package dev.annals.ui.analysis;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file; the window asks the system's dialog, tests answer without one. */
@FunctionalInterface
public interface SavePicker {

    Optional<Path> choose(Window owner, String title, String suggestedName);
}
