package dev.annals.logic.export;

import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.Codebook;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.LibrarySettings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

/** Exports annotations (or the codebook) to a file in one of the supported formats, atomically. A theme in the scope stands for its sub-themes too. */
public final class ExportService {

    static final String LIBRARY_UUID_KEY = "library.uuid";
    private static final Logger LOG = Logger.getLogger(ExportService.class.getName());

    private final AnnotationStore annotations;
    private final ThemeStore themes;
    private final DocumentStore documents;
    private final LibrarySettings settings;
    private final Clock clock;
    private final Path libraryFolder;
    private final ExportMemos memos;

    public ExportService(AnnotationStore annotations, ThemeStore themes, DocumentStore documents,
                         LibrarySettings settings, Clock clock) {
        this(annotations, themes, documents, settings, clock, null);
    }

    /** Exports are never written inside {@code libraryFolder} (null: anywhere). */
    public ExportService(AnnotationStore annotations, ThemeStore themes, DocumentStore documents,
                         LibrarySettings settings, Clock clock, Path libraryFolder) {
        this(annotations, themes, documents, settings, clock, libraryFolder, ExportMemos.NONE);
    }

    /** Markdown, CSV, JSON-LD and REFI-QDA projects carry {@code memos} too (ADR 0046). */
    public ExportService(AnnotationStore annotations, ThemeStore themes, DocumentStore documents,
                         LibrarySettings settings, Clock clock, Path libraryFolder, ExportMemos memos) {
        this.memos = memos;
        this.libraryFolder = libraryFolder;
        this.annotations = annotations;
        this.themes = themes;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many annotations the scope covers (for a codebook: how many themes). */
    public long preview(ExportFormat format, ExportScope scope) {
        if (!format.carriesAnnotations()) return themes.findAll().size();
        return data().count(withSubThemes(scope), false).total();
    }

    /** Writes the export; an existing file is replaced only when {@code overwrite} is set. */
    public ExportResult export(ExportOptions requested, Path target, boolean overwrite, ReportLabels labels,
                               ExportListener listener) throws IOException {
        ExportData data = data();
        ExportOptions options = requested.withScope(withSubThemes(requested.scope()));
        ExportCounts counts = switch (options.format()) {
            case MD -> data.count(options.scope(), options.groupBy() == GroupBy.DOCUMENT);
            case QDC -> ExportCounts.totalOnly(data.themes().size());
            default -> ExportCounts.totalOnly(data.quickTotal(options.scope()));
        };
        ExportJob.Tracker tracker = new ExportJob.Tracker(listener, counts.total());
        ExportJob job = new ExportJob(options, data, counts, new StableIds(libraryId()), labels, clock.instant(), tracker);
        FormatWriter writer = writerFor(options.format());
        long started = System.nanoTime();
        AtomicFileWriter.write(target, overwrite, libraryFolder, out -> writer.write(job, out));
        tracker.finish();
        long skipped = tracker.skipped();
        LOG.info(() -> "exported " + tracker.done() + " to " + target + " as " + options.format().extension()
                + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return new ExportResult(target, tracker.done(), skipped);
    }

    private ExportScope withSubThemes(ExportScope scope) {
        if (scope.themeIds().isEmpty()) return scope;
        return new ExportScope(scope.docId(), Codebook.of(themes.findAll()).withSubThemes(scope.themeIds()), scope.from(), scope.to());
    }

    private ExportData data() {
        return new ExportData(annotations, themes, documents, memos);
    }

    private static FormatWriter writerFor(ExportFormat format) {
        return switch (format) {
            case MD -> new MarkdownWriter();
            case CSV -> new CsvWriter();
            case JSONLD -> new JsonLdWriter();
            case QDPX -> new QdpxWriter();
            case QDC -> new QdcWriter();
        };
    }

    /** The library's own UUID, made on first use: exported ids stay the same from one export to the next. */
    UUID libraryId() {
        return settings.get(LIBRARY_UUID_KEY).flatMap(ExportService::parseUuid).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            settings.put(LIBRARY_UUID_KEY, id.toString());
            return id;
        });
    }

    private static java.util.Optional<UUID> parseUuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
