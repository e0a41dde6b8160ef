package dev.annals.bench;

import dev.annals.app.SessionFactory;
import dev.annals.logic.LibrarySession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Only the import figures of the benchmark, on a corpus kept between runs: {@code ImportRatio DOCS FOLDER [JVM option...]}
 * writes FOLDER/corpus-DOCS once, imports it into a fresh library through the real command in a child JVM (with the
 * extra JVM options, e.g. a flight recording), then inserts the same texts into a bare FTS5 table, and prints the figures.
 */
public final class ImportRatio {

    private ImportRatio() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int docs = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx" + ImportBench.HEAP_LIMIT_MB + "m"));
        Path heapFile = folder.resolve("import-heap.txt");
        jvmOptions.add("-D" + ChildLauncher.HEAP_REPORT_PROPERTY + "=" + heapFile);
        for (int i = 2; i < args.length; i++) jvmOptions.add(args[i]);
        Path corpus = folder.resolve("corpus-" + docs);
        if (!Files.isDirectory(corpus)) SyntheticCorpus.write(corpus, docs);
        Path library = folder.resolve("library");
        deleteQuietly(library);
        ChildJvm.Result result = ChildJvm.run(jvmOptions, List.of("--library", library.toString(), "import", corpus.toString()), 3600);
        if (result.exitStatus() != 0) throw new IOException("the import failed: " + result.stderr());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("import_ms", result.millis());
        figures.put("import_heap_peak_mb", Files.readString(heapFile).trim());
        List<String> texts;
        try (LibrarySession session = new SessionFactory(Clock.systemUTC(), false).open(library)) {
            texts = LibraryTexts.all(session);
        }
        figures.put("documents", texts.size());
        long raw = RawFts5Baseline.insertMillis(folder.resolve("raw-fts5.db"), texts);
        figures.put("import_raw_fts5_ms", raw);
        figures.put("import_ratio_vs_raw_fts5", Math.round(100.0 * result.millis() / Math.max(1, raw)) / 100.0);
        System.out.println(figures);
    }

    private static void deleteQuietly(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
