package dev.annals.logic.export;

import dev.annals.logic.annotate.AnnotateException;
import dev.annals.logic.annotate.Anchorer;
import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.Span;
import dev.annals.logic.annotate.ThemeService;
import dev.annals.logic.library.DocumentStore;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Document;
import dev.annals.model.TextAnchor;
import dev.annals.model.Theme;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads a Web Annotation export back: finds each annotation's document by the hash of its text (or, when that
 * text is not here, by its quote across the library), re-anchors it with the annotation layer's {@link Anchorer},
 * creates missing themes, skips what is already there and reports what it could not place.
 */
public final class AnnotationImportService {

    private static final Logger LOG = Logger.getLogger(AnnotationImportService.class.getName());

    private final DocumentStore documents;
    private final ThemeService themes;
    private final AnnotationStore annotations;
    private final Clock clock;
    private final long maxBytes;

    public AnnotationImportService(DocumentStore documents, ThemeService themes, AnnotationStore annotations, Clock clock) {
        this(documents, themes, annotations, clock, JsonLdAnnotationReader.MAX_FILE_BYTES);
    }

    AnnotationImportService(DocumentStore documents, ThemeService themes, AnnotationStore annotations, Clock clock, long maxBytes) {
        this.documents = documents;
        this.themes = themes;
        this.annotations = annotations;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Imports the file; throws {@link AnnotationFileException} when the file as a whole cannot be read. */
    public AnnotationImportReport importFile(Path file) throws IOException {
        Run run = new Run();
        new JsonLdAnnotationReader(maxBytes).read(file, run::place);
        LOG.info(() -> "imported annotations from " + file + ": " + run.anchored + " anchored, " + run.orphaned + " not placed, "
                + run.skipped + " already there, " + run.invalid + " invalid");
        return new AnnotationImportReport(run.anchored, run.orphaned, run.skipped, run.invalid, run.themesCreated, run.details);
    }

    /** The state of one import: the document being worked on and the annotations already in it. */
    private final class Run {
        final List<ImportDetail> details = new ArrayList<>();
        final Map<String, Long> docByHash = new HashMap<>();
        int anchored, orphaned, skipped, invalid, themesCreated;
        Document current;
        int[] currentText;
        Set<String> existing = new HashSet<>();

        void place(IncomingAnnotation in) {
            if (in.problem() != null) {
                invalid++;
                details.add(new ImportDetail(in.id(), ImportDetail.INVALID, null, null, null, null, in.problem()));
                return;
            }
            Long docId = in.sourceHash() == null ? null : docByHash.computeIfAbsent(in.sourceHash(), h -> documents.findIdBySha256(h).orElse(null));
            Span span = null;
            if (docId != null) {
                open(docId);
                span = anchor(in);
            } else if (in.hasQuote()) {
                span = searchLibrary(in);
            }
            if (span == null) {
                orphaned++;
                boolean known = docId != null;
                details.add(new ImportDetail(in.id(), known ? ImportDetail.ORPHANED : ImportDetail.UNKNOWN_DOCUMENT, docId, in.theme(),
                        null, null, known ? "the quote is not in the document's current text"
                        : "no document in this library has this text" + (in.hasQuote() ? " or this quote" : "")));
                return;
            }
            store(in, span);
        }

        private void store(IncomingAnnotation in, Span span) {
            Theme theme;
            try {
                theme = themeNamed(in.theme());
            } catch (AnnotateException e) {
                invalid++;
                details.add(new ImportDetail(in.id(), ImportDetail.INVALID, current.id(), in.theme(), null, null, e.getMessage()));
                return;
            }
            String key = theme.id() + ":" + span.start() + ":" + span.end();
            if (!existing.add(key)) {
                skipped++;
                details.add(new ImportDetail(in.id(), ImportDetail.DUPLICATE, current.id(), theme.name(), span.start(), span.end(), null));
                return;
            }
            Instant now = clock.instant();
            TextAnchor anchor = Anchorer.describe(current.text(), span);
            annotations.insert(new Annotation(0, current.id(), theme.id(), anchor, in.note(), AnchorStatus.ANCHORED, current.sha256(),
                    in.created() == null ? now : in.created(), in.modified() == null ? now : in.modified()));
            anchored++;
            details.add(new ImportDetail(in.id(), ImportDetail.ANCHORED, current.id(), theme.name(), span.start(), span.end(), null));
        }

        private Theme themeNamed(String name) {
            return themes.findByName(name).orElseGet(() -> {
                themesCreated++;
                return themes.create(name, null, null, null);
            });
        }

        private void open(long docId) {
            if (current != null && current.id() == docId) return;
            current = documents.find(docId).orElseThrow();
            currentText = Anchorer.cp(current.text());
            existing = new HashSet<>();
            for (Annotation a : annotations.findByDocument(docId)) existing.add(a.themeId() + ":" + a.anchor().start() + ":" + a.anchor().end());
        }

        private Span anchor(IncomingAnnotation in) {
            boolean sameText = current.sha256().equals(in.sourceHash());
            if (!in.hasQuote()) {
                return sameText && in.end() <= currentText.length ? new Span(in.start(), in.end()) : null;
            }
            int start = in.hasPosition() ? in.start() : 0;
            int end = in.hasPosition() ? in.end() : 0;
            return Anchorer.anchor(currentText, new TextAnchor(start, end, in.exact(), in.prefix(), in.suffix())).orElse(null);
        }

        /** The text this annotation was made on is not here: look for its quote in every document. */
        private Span searchLibrary(IncomingAnnotation in) {
            for (var summary : documents.list()) {
                open(summary.id());
                Span span = anchor(in);
                if (span != null) {
                    if (in.sourceHash() != null) docByHash.put(in.sourceHash(), summary.id());
                    return span;
                }
            }
            return null;
        }
    }
}
