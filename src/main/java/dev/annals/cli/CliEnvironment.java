package dev.annals.cli;

import dev.annals.logic.LibraryOpener;

import java.nio.file.Path;
import java.util.List;

/** What the command line needs from the application around it. */
public interface CliEnvironment {

    String version();

    LibraryOpener opener();

    /** The library folder used when --library is not given: $ANNALS_HOME, else the per-user data folder. */
    Path defaultLibraryFolder();

    /** Sends log records to the library's log file, and to stderr only when verbose. */
    void configureLogging(Path libraryFolder, boolean verbose);

    /** The performance benchmark, when this build has it (a source build's target/annals-bench.jar). */
    java.util.Optional<Benchmark> benchmark();

    /** Opens the window; returns the exit status when it closes. */
    int launchGui(Path libraryFolder, String lang, List<String> extraArgs);

    /** Backups, restore and checks of a library folder, without opening it for work. */
    default dev.annals.logic.library.LibraryMaintenance maintenance() {
        throw new UserError(ExitStatus.SOME_FAILED, "library maintenance needs the desktop application");
    }

    /** Opens the window on a view, saves it as a PNG and closes it; returns the exit status. */
    default int screenshot(ScreenshotRequest request) {
        throw new UserError(ExitStatus.SOME_FAILED, "screenshots need the desktop application");
    }
}
