package dev.annals.logic.export;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.LibrarySettings;

import java.time.Clock;

/** The export and annotation-import use cases of one library session. */
public record ExportServices(ExportService exporter, AnnotationImportService importer) {

    public static ExportServices create(AnnotationStore annotations, ThemeStore themeStore, AnnotateServices annotate,
                                        DocumentStore documents, LibrarySettings settings, Clock clock, java.nio.file.Path libraryFolder) {
        return create(annotations, themeStore, annotate, documents, settings, clock, libraryFolder, ExportMemos.NONE);
    }

    public static ExportServices create(AnnotationStore annotations, ThemeStore themeStore, AnnotateServices annotate,
                                        DocumentStore documents, LibrarySettings settings, Clock clock, java.nio.file.Path libraryFolder,
                                        ExportMemos memos) {
        return new ExportServices(new ExportService(annotations, themeStore, documents, settings, clock, libraryFolder, memos),
                new AnnotationImportService(documents, annotate));
    }
}
