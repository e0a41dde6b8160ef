package dev.annals.bench;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.export.AnnotationImportReport;
import dev.annals.logic.export.AnnotationImportService;
import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.ExportListener;
import dev.annals.logic.export.ExportOptions;
import dev.annals.logic.export.ExportService;
import dev.annals.logic.export.ReportLabels;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteAnnotationStore;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSettings;
import dev.annals.persistence.SqliteThemeStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * import-annotations of the 100,000 exported annotations into the same library emptied of annotations, through
 * the real service (parse, find each text, re-anchor, store in batches, one undo step). The bare engine beside it
 * is {@code import_annotations_raw_insert_ms}: the same number of rows inserted straight into the table.
 */
final class ImportAnnotationsBench {

    private ImportAnnotationsBench() {
    }

    static void measure(Database db, ExportService exporter, Path work, Map<String, Object> figures) throws IOException {
        Path file = work.resolve("import-bench.jsonld");
        exporter.export(ExportOptions.defaults(ExportFormat.JSONLD), file, true, ReportLabels.english(), ExportListener.NONE);
        var annotations = new SqliteAnnotationStore(db);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        annotations.forEach(dev.annals.logic.annotate.AnnotationQuery.ALL, a -> ids.add(a.id()));
        annotations.deleteAll(ids);
        var documents = new SqliteDocumentStore(db);
        var annotate = AnnotateServices.create(new SqliteThemeStore(db), annotations, documents,
                new SqliteSettings(db), Clock.systemUTC(), new dev.annals.logic.changes.LibraryChanges());
        AnnotationImportService importer = new AnnotationImportService(documents, annotate);
        long started = System.nanoTime();
        AnnotationImportReport report = importer.importFile(file);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Files.deleteIfExists(file);
        figures.put("import_annotations_100k_ms", millis);
        figures.put("import_annotations_per_s", Math.round(report.anchored() * 1000.0 / Math.max(1, millis)));
        figures.put("import_annotations_placed", report.anchored());
    }
}
