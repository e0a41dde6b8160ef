package dev.annals.logic.export;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.logic.library.DocumentStore;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Document;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The library as an export reads it: the codebook and document list (small, held in memory) and the annotations,
 * streamed from the store so that memory stays bounded however many there are.
 */
final class ExportData {

    private final AnnotationStore annotations;
    private final DocumentStore documents;
    private final List<Theme> themeList;
    private final Map<Long, Theme> themes = new HashMap<>();
    private final Map<Long, DocumentSummary> summaries = new LinkedHashMap<>();

    ExportData(AnnotationStore annotations, ThemeStore themeStore, DocumentStore documents) {
        this.annotations = annotations;
        this.documents = documents;
        this.themeList = themeStore.findAll();
        themeList.forEach(t -> themes.put(t.id(), t));
        documents.list().forEach(d -> summaries.put(d.id(), d));
    }

    /** All themes in display order. */
    List<Theme> themes() {
        return themeList;
    }

    Optional<Theme> theme(long id) {
        return Optional.ofNullable(themes.get(id));
    }

    Optional<DocumentSummary> summary(long docId) {
        return Optional.ofNullable(summaries.get(docId));
    }

    Optional<Document> document(long docId) {
        return documents.find(docId);
    }

    /** Streams the matching annotations with their document and theme, in document then text order. */
    void forEach(AnnotationQuery query, Consumer<ExportRow> sink) {
        annotations.forEach(query, a -> {
            DocumentSummary doc = summaries.get(a.docId());
            Theme theme = themes.get(a.themeId());
            if (doc != null && theme != null) sink.accept(new ExportRow(a, doc, theme));
        });
    }

    ExportCounts count(ExportScope scope) {
        long[] totals = new long[2];
        Map<Long, Long> byTheme = new LinkedHashMap<>();
        Map<Long, Long> byDocument = new LinkedHashMap<>();
        forEach(scope.query(), row -> {
            totals[0]++;
            if (row.annotation().status() == AnchorStatus.ORPHANED) totals[1]++;
            byTheme.merge(row.theme().id(), 1L, Long::sum);
            byDocument.merge(row.document().id(), 1L, Long::sum);
        });
        return new ExportCounts(totals[0], totals[1], byTheme, byDocument);
    }
}
