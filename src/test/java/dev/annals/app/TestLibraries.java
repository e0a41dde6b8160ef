package dev.annals.app;

import dev.annals.logic.LibrarySession;

import java.nio.file.Path;
import java.time.Clock;

/** Opens a library for tests through the application's own wiring, seeded with the bundled articles. */
public final class TestLibraries {

    private TestLibraries() {
    }

    /** The articles and the starter codebook, no annotations yet. */
    public static LibrarySession openSeeded(Path folder) {
        return SessionFactory.seedsWithoutExamples(Clock.systemUTC(), dev.annals.persistence.Database.Mode.COMMAND).open(folder);
    }

    /** As a user's first library: the articles, the starter codebook and the example annotations. */
    public static LibrarySession openFirstLibrary(Path folder) {
        return new SessionFactory(Clock.systemUTC(), true).open(folder);
    }
}
