package dev.annals.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the log to a rolling file in the library folder (logs/annals-N.log), and to stderr only when verbose. */
final class Logging {

    private static final int LIMIT_BYTES = 1024 * 1024;
    private static final int FILES = 5;

    private Logging() {
    }

    static void configure(Path libraryFolder, boolean verbose) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        String fileProblem = null;
        try {
            Path logs = libraryFolder.resolve("logs");
            Files.createDirectories(logs);
            FileHandler file = new FileHandler(logs.resolve("annals-%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            fileProblem = e.getMessage();
        }
        if (verbose) {
            Handler console = new ConsoleHandler();
            console.setLevel(Level.ALL);
            root.addHandler(console);
            root.setLevel(Level.FINE);
            Logger.getLogger("dev.annals").setLevel(Level.FINE);
        }
        if (fileProblem != null) root.warning("cannot write the log file: " + fileProblem);
    }
}
