package dev.annals.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** The last export folder, held in memory only. */
final class InMemoryLastFolder implements LastFolder {

    private Path folder;

    @Override
    public Optional<Path> get() {
        return Optional.ofNullable(folder);
    }

    @Override
    public void remember(Path f) {
        folder = f;
    }
}
