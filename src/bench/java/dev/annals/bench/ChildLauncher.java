package dev.annals.bench;

import dev.annals.app.Launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main class of the child JVMs the benchmark starts: Annals' own command line, which, when the system property
 * {@value #HEAP_REPORT_PROPERTY} names a file, writes its peak heap (MB) there as it exits.
 */
public final class ChildLauncher {

    static final String HEAP_REPORT_PROPERTY = "annals.heapReport";

    private ChildLauncher() {
    }

    public static void main(String[] args) {
        String file = System.getProperty(HEAP_REPORT_PROPERTY);
        if (file != null) Runtime.getRuntime().addShutdownHook(new Thread(() -> writePeakHeap(Path.of(file))));
        Launcher.main(args);
    }

    private static void writePeakHeap(Path file) {
        try {
            Files.writeString(file, Long.toString(HeapReport.peakHeapMb()));
        } catch (IOException ignored) {
            // the benchmark reports the figure as missing
        }
    }
}
