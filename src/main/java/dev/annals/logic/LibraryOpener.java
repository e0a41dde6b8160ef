package dev.annals.logic;

import java.nio.file.Path;

/** Opens a library folder, creating it and importing the bundled corpus on first start. */
@FunctionalInterface
public interface LibraryOpener {

    LibrarySession open(Path folder);
}
