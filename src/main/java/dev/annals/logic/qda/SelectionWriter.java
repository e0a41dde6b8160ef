package dev.annals.logic.qda;

import dev.annals.logic.annotate.Anchorer;
import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.model.Span;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.TextAnchor;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns coded selections into annotations: one per coding. Positions count code points of the source's text as
 * given; when normalizing changed that text (line endings, NFC), the passage is found again in the normalized
 * text with the anchoring used everywhere else. The selection's description and the notes about it become the
 * annotation's note; an uncoded selection that carries a note keeps it as a memo of the document.
 */
final class SelectionWriter {

    private final AnnotationStore annotations;
    private final ReportBuilder report;
    private final Instant now;

    SelectionWriter(AnnotationStore annotations, ReportBuilder report, Instant now) {
        this.annotations = annotations;
        this.report = report;
        this.now = now;
    }

    void write(SourceTexts.Loaded loaded, SourceWriter.Placed doc, Map<String, Long> themes,
               Map<String, QdaProject.Note> notes, SourceWriter sources) {
        Set<String> there = new HashSet<>();
        if (!doc.isNew()) annotations.findByDocument(doc.docId()).forEach(a -> there.add(key(a.themeId(), a.anchor().start(), a.anchor().end())));
        int[] normalized = Anchorer.cp(doc.text());
        for (QdaProject.Selection sel : loaded.source().selections()) {
            String label = sel.name() == null ? sel.guid() : sel.name();
            String note = note(sel, notes);
            if (sel.codeRefs().isEmpty()) {
                if (!note.isEmpty()) sources.memo(doc.docId(), "Note on “" + quote(loaded.text(), sel) + "”", note);
                report.skipped("selection", label, note.isEmpty() ? "the selection has no code" : "the selection has no code: its note is kept as a memo of the document");
                continue;
            }
            if (sel.start() == sel.end()) {
                report.skipped("selection", label, "the selection is empty");
                continue;
            }
            Optional<Span> span = place(loaded.text(), doc.text(), normalized, sel);
            if (span.isEmpty()) {
                report.skipped("selection", label, "the passage could not be found in the normalized text");
                continue;
            }
            TextAnchor anchor = Anchorer.describe(doc.text(), span.get());
            for (String ref : sel.codeRefs()) {
                Long theme = themes.get(ref);
                if (theme == null) {
                    report.skipped("selection", label, "it refers to a code the codebook does not have: " + ref);
                } else if (!there.add(key(theme, anchor.start(), anchor.end()))) {
                    report.merged("selection", label, "the document already has this passage with this theme");
                } else {
                    annotations.insert(new Annotation(0, doc.docId(), theme, anchor, note, AnchorStatus.ANCHORED, doc.sha256(),
                            instant(sel.created()), instant(sel.modified() == null ? sel.created() : sel.modified())));
                    report.imported("selection");
                }
            }
        }
    }

    private static Optional<Span> place(String raw, String normalized, int[] normalizedCps, QdaProject.Selection sel) {
        int start = (int) sel.start();
        int end = (int) sel.end();
        if (raw.equals(normalized)) return Optional.of(new Span(start, end));
        String exact = plain(quote(raw, sel)).strip();
        int rawLength = raw.codePointCount(0, raw.length());
        int hint = (int) Math.min(normalizedCps.length, (long) start * normalizedCps.length / Math.max(1, rawLength));
        int from = raw.offsetByCodePoints(0, start);
        String prefix = raw.substring(raw.offsetByCodePoints(0, Math.max(0, start - TextAnchor.CONTEXT_LENGTH)), from);
        int to = raw.offsetByCodePoints(0, end);
        String suffix = raw.substring(to, raw.offsetByCodePoints(to, Math.min(TextAnchor.CONTEXT_LENGTH, rawLength - end)));
        int length = exact.codePointCount(0, exact.length());
        return Anchorer.anchor(normalizedCps, new TextAnchor(hint, hint + length, exact, plain(prefix), plain(suffix)));
    }

    /** What normalizing does to a piece of text that matters for finding it: one line ending, NFC. */
    private static String plain(String s) {
        return Normalizer.normalize(s.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    }

    static String quote(String raw, QdaProject.Selection sel) {
        int from = raw.offsetByCodePoints(0, (int) sel.start());
        return raw.substring(from, raw.offsetByCodePoints(from, (int) (sel.end() - sel.start())));
    }

    private static String note(QdaProject.Selection sel, Map<String, QdaProject.Note> notes) {
        List<String> parts = new ArrayList<>();
        String description = CodebookWriter.clean(sel.description());
        if (!description.isEmpty()) parts.add(description);
        for (String ref : sel.noteRefs()) {
            QdaProject.Note n = notes.get(ref);
            if (n != null && !n.text().isBlank()) parts.add(n.text());
        }
        return String.join("\n\n", parts);
    }

    private Instant instant(String iso) {
        if (iso == null) return now;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(iso + "Z");
            } catch (DateTimeParseException again) {
                return now;
            }
        }
    }

    private static String key(long theme, int start, int end) {
        return theme + ":" + start + ":" + end;
    }
}
