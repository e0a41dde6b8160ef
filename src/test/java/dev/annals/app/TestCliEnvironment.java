package dev.annals.app;

import dev.annals.cli.Benchmark;
import dev.annals.cli.CliEnvironment;
import dev.annals.logic.LibraryOpener;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The command line's environment in tests: real SQLite libraries seeded with the bundled articles and codebook, no
 * window, no log file. Without {@code examples} the articles have no annotations yet, as most tests want.
 */
public class TestCliEnvironment implements CliEnvironment {

    private final LibraryOpener opener;

    public TestCliEnvironment() {
        this(false);
    }

    public TestCliEnvironment(boolean examples) {
        opener = examples ? new SessionFactory(Clock.systemUTC(), true)
                : SessionFactory.seedsWithoutExamples(Clock.systemUTC(), dev.annals.persistence.Database.Mode.COMMAND);
    }

    @Override public String version() { return "test"; }
    @Override public LibraryOpener opener() { return opener; }
    @Override public dev.annals.logic.library.LibraryMaintenance maintenance() { return new dev.annals.persistence.SqliteLibraryMaintenance(Clock.systemUTC()); }
    @Override public Path defaultLibraryFolder() { throw new IllegalStateException("tests pass --library"); }
    @Override public void configureLogging(Path libraryFolder, boolean verbose) { }
    @Override public Optional<Benchmark> benchmark() { return Optional.empty(); }
    @Override public int launchGui(Path libraryFolder, String lang, List<String> extraArgs) { return 0; }
}
