package dev.annals.ui.library;

import dev.annals.logic.library.ImportSources;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The operating system's file and folder dialogs, limited to the article files Annals imports. */
public final class FxFilePicker implements FilePicker {

    private final String filterName;

    /** {@code filterName} names the file-type filter, e.g. "Articles (.txt, .md, .html)". */
    public FxFilePicker(String filterName) {
        this.filterName = filterName;
    }

    @Override
    public List<Path> chooseFiles(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName,
                ImportSources.EXTENSIONS.stream().sorted().map(e -> "*." + e).toList()));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }
}
