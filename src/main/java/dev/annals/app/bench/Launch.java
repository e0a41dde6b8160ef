package dev.annals.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hooks the benchmark uses in the child JVMs it starts. */
public final class Launch {

    /** When set to a file path, the process writes its peak heap (MB) there before it exits. */
    public static final String HEAP_REPORT_PROPERTY = "annals.heapReport";

    private Launch() {
    }

    public static void writeHeapReportIfAsked() {
        String file = System.getProperty(HEAP_REPORT_PROPERTY);
        if (file == null) return;
        try {
            Files.writeString(Path.of(file), Long.toString(HeapReport.peakHeapMb()));
        } catch (IOException ignored) {
            // the benchmark reports the figure as missing
        }
    }
}
