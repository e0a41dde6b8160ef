package dev.annals.logic.export;

import dev.annals.logic.annotate.Anchorer;
import dev.annals.logic.annotate.AnnotateException;
import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.library.DocumentStore;
import dev.annals.model.Annotation;
import dev.annals.model.Document;
import dev.annals.model.Span;
import dev.annals.model.TextAnchor;
import dev.annals.model.Theme;

import java.io.IOException;
import java.nio.file.Path;
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
 * creates missing themes, skips what is already there and reports what it could not place. Annotations go in
 * through the annotation service, as one undo step; one whose document is here but whose quote is not is kept
 * as an orphan (the user can re-attach it), one whose document is not here is only reported.
 */
public final class AnnotationImportService {

    private static final Logger LOG = Logger.getLogger(AnnotationImportService.class.getName());

    private final DocumentStore documents;
    private final AnnotateServices annotate;
    private final long maxBytes;

    public AnnotationImportService(DocumentStore documents, AnnotateServices annotate) {
        this(documents, annotate, JsonLdAnnotationReader.MAX_FILE_BYTES);
    }

    AnnotationImportService(DocumentStore documents, AnnotateServices annotate, long maxBytes) {
        this.documents = documents;
        this.annotate = annotate;
        this.maxBytes = maxBytes;
    }

    /** Imports the file; throws {@link AnnotationFileException} when the file as a whole cannot be read. */
    public AnnotationImportReport importFile(Path file) throws IOException {
        Run run = new Run();
        IOException[] failure = new IOException[1];
        annotate.undoHistory().asOneStep("import annotations", () -> {
            try {
                new JsonLdAnnotationReader(maxBytes).read(file, run::place);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) throw failure[0];
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
            if (span == null && docId == null) {
                orphaned++;
                details.add(new ImportDetail(in.id(), ImportDetail.UNKNOWN_DOCUMENT, null, in.theme(), null, null,
                        "no document in this library has this text" + (in.hasQuote() ? " or this quote" : "")));
                return;
            }
            store(in, span);
        }

        /** Adds the annotation at {@code span}, or as an orphan of the current document when {@code span} is null. */
        private void store(IncomingAnnotation in, Span span) {
            Theme theme;
            try {
                theme = themeNamed(in.theme());
            } catch (AnnotateException e) {
                invalid++;
                details.add(new ImportDetail(in.id(), ImportDetail.INVALID, current.id(), in.theme(), null, null, e.getMessage()));
                return;
            }
            TextAnchor anchor = span != null ? Anchorer.describe(current.text(), span) : hintOf(in);
            String key = theme.id() + ":" + anchor.start() + ":" + anchor.end() + ":" + anchor.exact().hashCode();
            if (!existing.add(key)) {
                skipped++;
                details.add(new ImportDetail(in.id(), ImportDetail.DUPLICATE, current.id(), theme.name(), anchor.start(), anchor.end(), null));
                return;
            }
            Annotation placed = annotate.annotations().place(current.id(), theme.id(), anchor, in.note());
            if (span == null || placed.status() != dev.annals.model.AnchorStatus.ANCHORED) {
                orphaned++;
                details.add(new ImportDetail(in.id(), ImportDetail.ORPHANED, current.id(), theme.name(), null, null,
                        "the quote is not in the document's current text; kept as an orphan to re-attach"));
                return;
            }
            anchored++;
            details.add(new ImportDetail(in.id(), ImportDetail.ANCHORED, current.id(), theme.name(), placed.anchor().start(), placed.anchor().end(), null));
        }

        private TextAnchor hintOf(IncomingAnnotation in) {
            int start = in.hasPosition() ? in.start() : 0;
            int end = in.hasPosition() ? in.end() : 0;
            return new TextAnchor(start, end, in.hasQuote() ? in.exact() : "", in.prefix(), in.suffix());
        }

        private Theme themeNamed(String name) {
            return annotate.themes().findByName(name).orElseGet(() -> {
                themesCreated++;
                return annotate.themes().create(name, null, null, null);
            });
        }

        private void open(long docId) {
            if (current != null && current.id() == docId) return;
            current = documents.find(docId).orElseThrow();
            currentText = Anchorer.cp(current.text());
            existing = new HashSet<>();
            for (Annotation a : annotate.annotations().forDocument(docId)) {
                existing.add(a.themeId() + ":" + a.anchor().start() + ":" + a.anchor().end() + ":" + a.anchor().exact().hashCode());
            }
        }

        private Span anchor(IncomingAnnotation in) {
            boolean sameText = current.sha256().equals(in.sourceHash());
            if (!in.hasQuote()) {
                return sameText && in.end() <= currentText.length ? new Span(in.start(), in.end()) : null;
            }
            return Anchorer.anchor(currentText, hintOf(in)).orElse(null);
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
