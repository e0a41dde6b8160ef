package dev.annals.app.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The performance benchmark: every figure of the contract, null where not measured yet. */
public final class Bench {

    public static final List<String> FIGURES = List.of(
            "import_docs", "import_ms", "import_docs_per_s", "import_raw_fts5_ms", "import_ratio_vs_raw_fts5",
            "search_p50_ms", "search_p99_ms", "search_raw_fts5_p50_ms",
            "open_1mb_doc_ms", "open_1mb_5k_annotations_ms", "annotation_save_p99_ms", "timeline_layout_5000_ms",
            "export_md_100k_ms", "export_csv_100k_ms", "export_jsonld_100k_ms", "export_qdpx_100k_ms",
            "cold_start_ms", "heap_peak_mb");

    private final int docs;
    private final PrintStream progress;

    public Bench(int docs, PrintStream progress) {
        this.docs = docs;
        this.progress = progress;
    }

    public Map<String, Object> run() {
        Map<String, Object> figures = new LinkedHashMap<>();
        FIGURES.forEach(name -> figures.put(name, null));
        figures.putAll(ReaderBench.run(progress));
        return figures;
    }
}
