package dev.annals.bench;

import dev.annals.app.SessionFactory;
import dev.annals.cli.Benchmark;
import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The performance benchmark: every figure of the contract, null where not measured. It imports N synthetic
 * documents into a temporary library through the real command, then measures the other figures on that library.
 */
public final class Bench implements Benchmark {

    public static final List<String> FIGURES = List.of(
            "import_docs", "import_ms", "import_docs_per_s", "import_raw_fts5_ms", "import_ratio_vs_raw_fts5",
            "import_pdf_docs", "import_pdf_ms", "import_pdf_docs_per_s", "import_pdf_raw_pdfbox_ms",
            "search_p50_ms", "search_p99_ms", "search_raw_fts5_p50_ms", "search_raw_fts5_p99_ms",
            "open_1mb_doc_ms", "open_1mb_5k_annotations_ms", "annotation_save_p99_ms", "annotation_save_p99_cpu_ms",
            "autocode_10k_ms", "autocode_10k_find_ms", "autocode_10k_hits", "timeline_layout_5000_ms",
            "export_md_100k_ms", "export_csv_100k_ms", "export_jsonld_100k_ms", "export_qdpx_100k_ms", "export_qdpx_mb",
            "export_qdpx_ms_per_100mb",
            "cold_start_ms", "cold_start_library_ms", "window_open_library_ms", "window_first_frame_ms",
            "window_first_rows_ms", "window_library_ready_ms", "window_library_rows", "window_filter_keystroke_median_ms",
            "window_filter_keystroke_max_ms", "window_timeline_open_ms", "window_heap_after_gc_mb", "heap_peak_mb");

    private final LibraryOpener opener = new SessionFactory(Clock.systemUTC(), false);

    @Override
    public Map<String, Object> run(int docs, PrintStream progress) {
        Map<String, Object> figures = new LinkedHashMap<>();
        FIGURES.forEach(name -> figures.put(name, null));
        Path work = null;
        try {
            work = Files.createTempDirectory("annals-bench");
            Path library = work.resolve("library");
            ImportBench.measure(docs, work, library, figures, progress);
            progress.println("bench: quick check of the library, as at open");
            figures.put("open_quick_check_ms", QuickCheckBench.millis(library));
            try (LibrarySession session = opener.open(library)) {
                List<String> texts = LibraryTexts.all(session);
                long raw = RawFts5Baseline.insertMillis(work.resolve("raw-fts5.db"), texts);
                figures.put("import_raw_fts5_ms", raw);
                figures.put("import_ratio_vs_raw_fts5", Math.round(100.0 * ((Number) figures.get("import_ms")).longValue() / Math.max(1, raw)) / 100.0);
                settleHeap();
                progress.println("bench: search");
                SearchBench.measure(session, texts, figures);
                progress.println("bench: timeline layout");
                figures.put("timeline_layout_5000_ms", TimelineBench.layout5000Ms());
                progress.println("bench: annotation save");
                double[] save = AnnotationSaveBench.measure(session);
                if (save != null) {
                    figures.put("annotation_save_p99_ms", save[0]);
                    figures.put("annotation_save_p99_cpu_ms", save[1]);
                }
                settleHeap();
                progress.println("bench: autocode");
                AutocodeBench.measure(session, figures);
            }
            PdfImportBench.measure(work, opener, figures, progress);
            settleHeap();
            progress.println("bench: export");
            ExportBench.measure(library, work, figures, progress);
            settleHeap();
            progress.println("bench: reader");
            figures.putAll(ReaderBench.run(progress, opener));
            settleHeap();
            progress.println("bench: cold start");
            figures.put("cold_start_ms", ColdStart.measure(progress));
            progress.println("bench: the window on this library");
            WindowBench.measure(library, work, figures, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            figures.put("heap_peak_mb", HeapReport.peakHeapMb());
            deleteQuietly(work);
        }
        return figures;
    }

    /** Collects what the earlier figures left behind, so that it does not weigh on the timing of the next ones. */
    private static void settleHeap() {
        System.gc();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans it eventually
        }
    }
}
