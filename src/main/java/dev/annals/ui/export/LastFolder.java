package dev.annals.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The folder the user last exported to, remembered between sessions by whoever keeps the user's settings. */
public interface LastFolder {

    Optional<Path> get();

    void remember(Path folder);

    /** Read from and kept in the user's settings; a folder that is gone is no longer offered. */
    static LastFolder of(Supplier<Optional<Path>> saved, Consumer<Path> save) {
        return new LastFolder() {
            @Override
            public Optional<Path> get() {
                return saved.get().filter(Files::isDirectory);
            }

            @Override
            public void remember(Path folder) {
                save.accept(folder);
            }
        };
    }
}
