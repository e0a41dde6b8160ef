package dev.annals.logic.export;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.model.PartialDate;

import java.util.Set;

/**
 * Which annotations go out: everything, one document, some themes, and/or documents dated within [from, to].
 * Null or empty fields do not filter.
 */
public record ExportScope(Long docId, Set<Long> themeIds, PartialDate from, PartialDate to) {

    public static final ExportScope EVERYTHING = new ExportScope(null, Set.of(), null, null);

    public ExportScope {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        if (from != null && to != null && to.endExclusive().isBefore(from.firstDay().plusDays(1))) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public AnnotationQuery query() {
        return new AnnotationQuery(docId, themeIds, from, to);
    }

    /** The same scope limited to one theme (used to write a report theme by theme). */
    AnnotationQuery queryForTheme(long themeId) {
        if (!themeIds.isEmpty() && !themeIds.contains(themeId)) throw new IllegalArgumentException("theme out of scope");
        return new AnnotationQuery(docId, Set.of(themeId), from, to);
    }
}
