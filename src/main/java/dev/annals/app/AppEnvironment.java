package dev.annals.app;

import dev.annals.cli.Benchmark;
import dev.annals.cli.CliEnvironment;
import dev.annals.cli.ScreenshotRequest;
import dev.annals.logic.LibraryOpener;
import dev.annals.persistence.SqliteNativeLibrary;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The real environment of the command line: SQLite libraries, the log file, the window. */
final class AppEnvironment implements CliEnvironment {

    private final LibraryOpener sessions = new SessionFactory(Clock.systemUTC(), true);
    private final LibraryOpener windowSessions = new SessionFactory(Clock.systemUTC(), true, dev.annals.persistence.Database.Mode.WINDOW);
    private final LibraryOpener opener = folder -> {
        useNativeCopy();
        return sessions.open(folder);
    };

    private static void useNativeCopy() {
        SqliteNativeLibrary.useCopyIn(DataFolders.cache(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home")));
    }

    @Override
    public String version() {
        return Version.current();
    }

    @Override
    public LibraryOpener opener() {
        return opener;
    }

    @Override
    public dev.annals.logic.library.LibraryMaintenance maintenance() {
        useNativeCopy();
        return new dev.annals.persistence.SqliteLibraryMaintenance(Clock.systemUTC());
    }

    @Override
    public Path defaultLibraryFolder() {
        return DataFolders.defaultLibrary(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    @Override
    public void configureLogging(Path libraryFolder, boolean verbose) {
        Logging.configure(libraryFolder, verbose);
    }

    @Override
    public Optional<Benchmark> benchmark() {
        return ServiceLoader.load(Benchmark.class).findFirst();
    }

    @Override
    public int screenshot(ScreenshotRequest request) {
        return new Screenshooter(opener).take(request);
    }

    @Override
    public int launchGui(Path libraryFolder, String lang, List<String> extraArgs) {
        return GuiLauncher.launch(libraryFolder, lang, folder -> {
            useNativeCopy();
            return windowSessions.open(folder);
        }, maintenance());
    }
}
