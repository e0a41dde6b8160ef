package dev.annals.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Import of N synthetic documents from files through the real command ({@code annals import}) in a child JVM
 * capped at 256 MB of heap, JVM start included.
 */
final class ImportBench {

    static final long HEAP_LIMIT_MB = 256;

    private ImportBench() {
    }

    static void measure(int docs, Path work, Path library, Map<String, Object> figures, PrintStream progress)
            throws IOException, InterruptedException {
        Path corpus = work.resolve("corpus");
        progress.println("bench: writing " + docs + " synthetic articles");
        SyntheticCorpus.write(corpus, docs);
        Path heapFile = work.resolve("import-heap.txt");
        progress.println("bench: importing them in a child JVM (-Xmx" + HEAP_LIMIT_MB + "m)");
        ChildJvm.Result result = ChildJvm.run(
                List.of("-Xmx" + HEAP_LIMIT_MB + "m", "-D" + ChildLauncher.HEAP_REPORT_PROPERTY + "=" + heapFile),
                List.of("--library", library.toString(), "import", corpus.toString()), 3600);
        if (result.exitStatus() != 0) {
            throw new IOException("the import failed with status " + result.exitStatus() + ": " + result.stderr().lines().findFirst().orElse(""));
        }
        figures.put("import_docs", docs);
        figures.put("import_ms", result.millis());
        figures.put("import_docs_per_s", Math.round(docs * 1000.0 / Math.max(1, result.millis())));
        if (Files.exists(heapFile)) figures.put("import_heap_peak_mb", Long.parseLong(Files.readString(heapFile).trim()));
    }
}
