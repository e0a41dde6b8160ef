package dev.annals.logic.export;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.logic.library.DocumentStore;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The library as an export reads it: the codebook (held in memory) and the annotations with their documents,
 * streamed from the store so that memory stays bounded however many there are. The document list is read only
 * when an export names documents without annotations in hand (memos, the per-document summary of Markdown).
 */
final class ExportData {

    private final AnnotationStore annotations;
    private final ThemeStore themeStore;
    private final DocumentStore documents;
    private final List<Theme> themeList;
    private final Map<Long, Theme> themes = new HashMap<>();
    private Map<Long, DocumentSummary> summaries;

    private final ExportMemos memos;

    ExportData(AnnotationStore annotations, ThemeStore themeStore, DocumentStore documents) {
        this(annotations, themeStore, documents, ExportMemos.NONE);
    }

    ExportData(AnnotationStore annotations, ThemeStore themeStore, DocumentStore documents, ExportMemos memos) {
        this.memos = memos;
        this.annotations = annotations;
        this.themeStore = themeStore;
        this.documents = documents;
        this.themeList = themeStore.findAll();
        themeList.forEach(t -> themes.put(t.id(), t));
    }

    /** Every document's summary in list order, read once, on first need: at 100,000 documents it costs a third of an export. */
    private Map<Long, DocumentSummary> summaries() {
        if (summaries == null) {
            summaries = new LinkedHashMap<>();
            documents.list().forEach(d -> summaries.put(d.id(), d));
        }
        return summaries;
    }

    /** All themes in display order. */
    List<Theme> themes() {
        return themeList;
    }

    Optional<Theme> theme(long id) {
        return Optional.ofNullable(themes.get(id));
    }

    Optional<DocumentSummary> summary(long docId) {
        return Optional.ofNullable(summaries().get(docId));
    }

    Optional<byte[]> textUtf8(long docId) {
        return documents.textUtf8(docId);
    }

    /**
     * The memos in the scope, with text: a document's when the document is in it, a theme's when the theme is, a
     * conference's when its date is; the library's only in an export of everything.
     */
    List<ScopedMemo> memos(ExportScope scope) {
        List<ScopedMemo> out = new java.util.ArrayList<>();
        for (ExportMemos.Entry e : memos.all()) {
            var m = e.memo();
            if (m.text().isBlank()) continue;
            ScopedMemo scoped = switch (m.subject().kind()) {
                case DOCUMENT -> summary(m.docId()).filter(d -> scope.themeIds().isEmpty() && inDates(scope, d.date())
                                && (scope.docId() == null || scope.docId().equals(d.id())))
                        .map(d -> new ScopedMemo(m, m.subject().kind(), d.title() == null ? "#" + d.id() : d.title(), d.date(), null, List.of(d)))
                        .orElse(null);
                case THEME -> theme(m.themeId()).filter(t -> scope.docId() == null && (scope.themeIds().isEmpty() || scope.themeIds().contains(t.id())))
                        .map(t -> new ScopedMemo(m, m.subject().kind(), t.name(), null, t, List.of())).orElse(null);
                case CONFERENCE -> e.conference() == null || scope.docId() != null || !scope.themeIds().isEmpty()
                        || !inDates(scope, e.conference().date()) ? null
                        : new ScopedMemo(m, m.subject().kind(), e.conference().title(), e.conference().date(), null,
                        e.conference().docIds().stream().map(summaries()::get).filter(java.util.Objects::nonNull).toList());
                case LIBRARY -> isEverything(scope) ? new ScopedMemo(m, m.subject().kind(), "", null, null, List.of()) : null;
            };
            if (scoped != null) out.add(scoped);
        }
        return out;
    }

    private static boolean inDates(ExportScope scope, dev.annals.model.PartialDate date) {
        if (scope.from() == null && scope.to() == null) return true;
        if (date == null) return false;
        return (scope.from() == null || !date.endExclusive().isBefore(scope.from().firstDay().plusDays(1)))
                && (scope.to() == null || date.firstDay().isBefore(scope.to().endExclusive()));
    }

    /** Streams the matching annotations with their document and theme, in document then text order. */
    void forEach(AnnotationQuery query, Consumer<ExportRow> sink) {
        annotations.forEachWithDocument(query, (a, doc) -> {
            Theme theme = themes.get(a.themeId());
            if (theme != null) sink.accept(new ExportRow(a, doc, theme));
        });
    }

    /**
     * How many annotations the scope holds, per theme and per document (in document order; only {@code perDocument}).
     * Everything is counted by the store's own aggregates; a narrower scope takes one streaming pass.
     */
    ExportCounts count(ExportScope scope, boolean perDocument) {
        if (isEverything(scope) && !perDocument) return new ExportCounts(annotations.count(), themeCounts(), Map.of());
        if (isEverything(scope)) {
            Map<Long, Long> byTheme = themeCounts();
            Map<Long, Integer> perDoc = annotations.countsByDocument();
            Map<Long, Long> byDocument = new LinkedHashMap<>();
            summaries().keySet().forEach(id -> {
                Integer n = perDoc.get(id);
                if (n != null && n > 0) byDocument.put(id, n.longValue());
            });
            return new ExportCounts(byDocument.values().stream().mapToLong(Long::longValue).sum(), byTheme, byDocument);
        }
        long[] total = new long[1];
        Map<Long, Long> byTheme = new LinkedHashMap<>();
        Map<Long, Long> byDocument = new LinkedHashMap<>();
        forEach(scope.query(), row -> {
            total[0]++;
            byTheme.merge(row.theme().id(), 1L, Long::sum);
            byDocument.merge(row.document().id(), 1L, Long::sum);
        });
        return new ExportCounts(total[0], byTheme, byDocument);
    }

    private Map<Long, Long> themeCounts() {
        Map<Long, Long> byTheme = new LinkedHashMap<>();
        themeStore.annotationCounts().forEach((id, n) -> {
            if (n != null && n > 0) byTheme.put(id, n.longValue());
        });
        return byTheme;
    }

    /** The total alone, when it is cheap to know (everything); -1 otherwise. */
    long quickTotal(ExportScope scope) {
        return isEverything(scope) ? annotations.count() : -1;
    }

    private static boolean isEverything(ExportScope scope) {
        return scope.docId() == null && scope.themeIds().isEmpty() && scope.from() == null && scope.to() == null;
    }
}
