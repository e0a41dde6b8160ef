package dev.annals.app;

import dev.annals.cli.Benchmark;
import dev.annals.cli.CliEnvironment;
import dev.annals.logic.LibraryOpener;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The command line's environment in tests: real SQLite libraries seeded as a user's are, no window, no log file. */
public class TestCliEnvironment implements CliEnvironment {

    private final LibraryOpener opener = new SessionFactory(Clock.systemUTC(), true);

    @Override public String version() { return "test"; }
    @Override public LibraryOpener opener() { return opener; }
    @Override public dev.annals.logic.library.LibraryMaintenance maintenance() { return new dev.annals.persistence.SqliteLibraryMaintenance(Clock.systemUTC()); }
    @Override public Path defaultLibraryFolder() { throw new IllegalStateException("tests pass --library"); }
    @Override public void configureLogging(Path libraryFolder, boolean verbose) { }
    @Override public Optional<Benchmark> benchmark() { return Optional.empty(); }
    @Override public int launchGui(Path libraryFolder, String lang, List<String> extraArgs) { return 0; }
}
