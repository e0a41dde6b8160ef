package dev.annals.bench;

import dev.annals.logic.annotate.Anchorer;
import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.ExportListener;
import dev.annals.logic.export.ExportOptions;
import dev.annals.logic.export.ExportService;
import dev.annals.logic.export.ReportLabels;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.CodePoints;
import dev.annals.model.Document;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteAnnotationStore;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSettings;
import dev.annals.persistence.SqliteThemeStore;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Export of 100,000 annotations spread over the bench library's documents, in each annotation format: the
 * median of three runs after a warm-up run, in this process, writing to a temporary folder. The CPU time of the
 * exporting thread is reported beside each figure ({@code export_*_100k_cpu_ms}).
 */
final class ExportBench {

    static final int ANNOTATIONS = 100_000;
    private static final int RUNS = 3;
    private static final Map<ExportFormat, String> FIGURES = Map.of(ExportFormat.MD, "export_md_100k_ms",
            ExportFormat.CSV, "export_csv_100k_ms", ExportFormat.JSONLD, "export_jsonld_100k_ms", ExportFormat.QDPX, "export_qdpx_100k_ms");

    private ExportBench() {
    }

    static void measure(Path library, Path work, Map<String, Object> figures, PrintStream progress) throws IOException {
        try (Database db = Database.open(library)) {
            var documents = new SqliteDocumentStore(db);
            var themes = new SqliteThemeStore(db);
            var annotations = new SqliteAnnotationStore(db);
            progress.println("bench: adding " + ANNOTATIONS + " annotations");
            long rawStarted = System.nanoTime();
            insertAnnotations(documents, themes, annotations);
            figures.put("import_annotations_raw_insert_ms", (System.nanoTime() - rawStarted) / 1_000_000);
            ExportService exporter = new ExportService(annotations, themes, documents, new SqliteSettings(db), Clock.systemUTC());
            for (ExportFormat format : List.of(ExportFormat.MD, ExportFormat.CSV, ExportFormat.JSONLD, ExportFormat.QDPX)) {
                progress.println("bench: exporting them as " + format.extension());
                long[] wallAndCpu = medianMillis(exporter, format, work);
                figures.put(FIGURES.get(format), wallAndCpu[0]);
                figures.put(FIGURES.get(format).replace("_ms", "_cpu_ms"), wallAndCpu[1]);
                if (format == ExportFormat.QDPX) {
                    double mb = wallAndCpu[2] / 1e6;
                    figures.put("export_qdpx_mb", Math.round(mb * 10) / 10.0);
                    figures.put("export_qdpx_ms_per_100mb", Math.round(wallAndCpu[0] * 100 / Math.max(mb, 0.001)));
                }
            }
            progress.println("bench: importing them back (import-annotations)");
            ImportAnnotationsBench.measure(db, exporter, work, figures);
        }
    }

    /** The median wall-clock and CPU time of this thread, in ms (on a busy machine the two differ a lot), and the file's size. */
    private static long[] medianMillis(ExportService exporter, ExportFormat format, Path work) throws IOException {
        Path file = work.resolve("export-bench." + format.extension());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int run = -1; run < RUNS; run++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            exporter.export(ExportOptions.defaults(format), file, true, ReportLabels.english(), ExportListener.NONE);
            if (run >= 0) {
                wall[run] = (System.nanoTime() - started) / 1_000_000;
                cpu[run] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            }
        }
        long bytes = Files.size(file);
        Files.deleteIfExists(file);
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new long[]{wall[RUNS / 2], cpu[RUNS / 2], bytes};
    }

    private static void insertAnnotations(SqliteDocumentStore documents, SqliteThemeStore themes, SqliteAnnotationStore annotations) {
        List<Theme> codebook = themes.findAll();
        if (codebook.isEmpty()) codebook = List.of(themes.insert(new Theme(0, "bench", "#0072B2", null, "", 0)));
        List<DocumentSummary> docs = documents.list();
        Random random = new Random(42);
        Instant now = Instant.now();
        long id = annotations.count() + 1_000_000L;
        List<Annotation> batch = new ArrayList<>();
        int i = 0;
        for (int d = 0; d < docs.size() && i < ANNOTATIONS; d++) {
            Document doc = documents.find(docs.get(d).id()).orElseThrow();
            int length = CodePoints.length(doc.text());
            int perDoc = ANNOTATIONS / docs.size() + (d < ANNOTATIONS % docs.size() ? 1 : 0);
            for (int k = 0; k < perDoc; k++, i++) {
                int start = random.nextInt(Math.max(1, length - 80));
                Span span = new Span(start, Math.min(length, start + 20 + random.nextInt(60)));
                Theme theme = codebook.get(random.nextInt(codebook.size()));
                String note = i % 3 == 0 ? "ghi chú số " + i + ", \"trích\"\ndòng hai" : "";
                batch.add(new Annotation(id++, doc.id(), theme.id(), Anchorer.describe(doc.text(), span), note, AnchorStatus.ANCHORED,
                        doc.sha256(), now, now));
                if (batch.size() == 10_000) {
                    annotations.restoreAll(batch);
                    batch.clear();
                }
            }
        }
        annotations.restoreAll(batch);
    }
}
