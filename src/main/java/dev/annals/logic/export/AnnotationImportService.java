package dev.annals.logic.export;

import dev.annals.logic.annotate.Anchorer;
import dev.annals.logic.annotate.AnnotateException;
import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.library.DocumentStore;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Document;
import dev.annals.model.Span;
import dev.annals.model.TextAnchor;
import dev.annals.model.Theme;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Reads a Web Annotation export back. An annotation whose text (by its {@code urn:sha256:}) is in the library is
 * re-anchored there with the annotation layer's {@link Anchorer} (exact, context, then fuzzy), and kept as an
 * orphan to re-attach when its quote is gone. One whose text is not here is placed only where its exact quote,
 * with the prefix and suffix it came with, stands at exactly one place in the whole library
 * ({@link ExactPlacement}); otherwise it is reported as {@code unknown-document} and not stored. Missing themes are
 * created; annotations already there are skipped. Annotations are stored in batches, all as one undo step.
 */
public final class AnnotationImportService {

    /** The theme of an annotation that came with a note but no tag. */
    public static final String UNTAGGED_THEME = "Imported notes";
    private static final Logger LOG = Logger.getLogger(AnnotationImportService.class.getName());
    private static final int BATCH = 5000;

    private final DocumentStore documents;
    private final AnnotateServices annotate;
    private final long maxBytes;
    private final Clock clock;

    public AnnotationImportService(DocumentStore documents, AnnotateServices annotate) {
        this(documents, annotate, JsonLdAnnotationReader.MAX_FILE_BYTES);
    }

    AnnotationImportService(DocumentStore documents, AnnotateServices annotate, long maxBytes) {
        this.documents = documents;
        this.annotate = annotate;
        this.maxBytes = maxBytes;
        this.clock = Clock.systemUTC();
    }

    /** Imports the file; throws {@link AnnotationFileException} when the file as a whole cannot be read. */
    public AnnotationImportReport importFile(Path file) throws IOException {
        return importFile(file, UNTAGGED_THEME);
    }

    /** The same; an annotation with a note but no tag goes under {@code untaggedTheme} (in the user's language). */
    public AnnotationImportReport importFile(Path file, String untaggedTheme) throws IOException {
        Run run = new Run(untaggedTheme);
        IOException[] failure = new IOException[1];
        annotate.undoHistory().asOneStep("import annotations", () -> {
            try {
                new JsonLdAnnotationReader(maxBytes).read(file, run::place);
            } catch (IOException e) {
                failure[0] = e;
            } finally {
                run.flush();
            }
        });
        if (failure[0] != null) throw failure[0];
        LOG.info(() -> "imported annotations from " + file + ": " + run.anchored + " anchored, " + run.orphaned + " not placed, "
                + run.unknown + " of unknown documents, " + run.skipped + " already there, " + run.invalid + " invalid");
        return new AnnotationImportReport(run.anchored, run.orphaned, run.unknown, run.skipped, run.invalid, run.themesCreated, run.details);
    }

    /** The state of one import: the texts at hand, the themes seen, and the annotations waiting to be stored. */
    private final class Run {
        final List<ImportDetail> details = new ArrayList<>();
        final Map<String, Long> docByHash = new HashMap<>();
        final Map<String, Theme> themes = new HashMap<>();
        final OpenTexts texts;
        final ExactPlacement exact;
        final List<Annotation> pending = new ArrayList<>();
        final String untaggedTheme;
        int anchored, orphaned, unknown, skipped, invalid, themesCreated;

        Run(String untaggedTheme) {
            this.untaggedTheme = untaggedTheme;
            this.texts = new OpenTexts(documents, annotate.annotations());
            this.exact = new ExactPlacement(documents, texts);
        }

        void place(IncomingAnnotation in) {
            if (in.problem() != null) {
                invalid++;
                details.add(new ImportDetail(in.id(), ImportDetail.INVALID, null, null, null, null, in.problem()));
                return;
            }
            Long docId = in.sourceHash() == null ? null
                    : docByHash.computeIfAbsent(in.sourceHash(), h -> documents.findIdBySha256(h).orElse(null));
            OpenTexts.Text text;
            Span span;
            if (docId != null) {
                text = texts.open(docId);
                span = anchor(text, in);
            } else {
                ExactPlacement.Place place = in.hasQuote() ? exact.find(in.exact(), in.prefix(), in.suffix()) : null;
                if (place == null) {
                    unknown++;
                    details.add(new ImportDetail(in.id(), ImportDetail.UNKNOWN_DOCUMENT, null, in.theme(), null, null,
                            "no document in this library has this text, and its quote with the text around it is not at exactly one place"));
                    return;
                }
                text = place.text();
                span = place.span();
            }
            store(in, text, span);
        }

        /** Queues the annotation at {@code span}, or as an orphan of {@code text}'s document when {@code span} is null. */
        private void store(IncomingAnnotation in, OpenTexts.Text text, Span span) {
            Theme theme;
            try {
                theme = themeNamed(in.theme() == null ? untaggedTheme : in.theme());
            } catch (AnnotateException e) {
                invalid++;
                details.add(new ImportDetail(in.id(), ImportDetail.INVALID, text.doc().id(), in.theme(), null, null, e.getMessage()));
                return;
            }
            TextAnchor anchor = span != null ? Anchorer.describe(text.codePoints(), span) : hintOf(in);
            if (!text.claim(theme.id(), anchor)) {
                skipped++;
                details.add(new ImportDetail(in.id(), ImportDetail.DUPLICATE, text.doc().id(), theme.name(), anchor.start(), anchor.end(), null));
                return;
            }
            Instant now = clock.instant();
            AnchorStatus status = span == null ? AnchorStatus.ORPHANED : AnchorStatus.ANCHORED;
            pending.add(new Annotation(0, text.doc().id(), theme.id(), anchor, in.note(), status, text.doc().sha256(), now, now));
            if (span == null) {
                orphaned++;
                details.add(new ImportDetail(in.id(), ImportDetail.ORPHANED, text.doc().id(), theme.name(), null, null,
                        "the quote is not in the document's current text; kept as an orphan to re-attach"));
            } else {
                anchored++;
                details.add(new ImportDetail(in.id(), ImportDetail.ANCHORED, text.doc().id(), theme.name(), anchor.start(), anchor.end(), null));
            }
            if (pending.size() >= BATCH) flush();
        }

        void flush() {
            annotate.annotations().addAll(pending);
            pending.clear();
        }

        private TextAnchor hintOf(IncomingAnnotation in) {
            int start = in.hasPosition() ? in.start() : 0;
            int end = in.hasPosition() ? in.end() : 0;
            return new TextAnchor(start, end, in.hasQuote() ? in.exact() : "", in.prefix(), in.suffix());
        }

        private Theme themeNamed(String name) {
            String key = name.toLowerCase(java.util.Locale.ROOT);
            Theme known = themes.get(key);
            if (known != null) return known;
            Theme theme = annotate.themes().findByName(name).orElseGet(() -> {
                themesCreated++;
                return annotate.themes().create(name, null, null, null);
            });
            themes.put(key, theme);
            return theme;
        }

        private Span anchor(OpenTexts.Text text, IncomingAnnotation in) {
            int[] cps = text.codePoints();
            if (!in.hasQuote()) {
                boolean sameText = text.doc().sha256().equals(in.sourceHash());
                return sameText && in.end() <= cps.length ? new Span(in.start(), in.end()) : null;
            }
            return Anchorer.anchor(cps, hintOf(in)).orElse(null);
        }
    }
}
