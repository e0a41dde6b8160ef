package dev.annals.app;

import dev.annals.logic.LibrarySession;

import java.nio.file.Path;
import java.time.Clock;

/** Opens a library for tests through the application's own wiring, seeded with the bundled articles. */
public final class TestLibraries {

    private TestLibraries() {
    }

    public static LibrarySession openSeeded(Path folder) {
        return new SessionFactory(Clock.systemUTC(), true).open(folder);
    }
}
