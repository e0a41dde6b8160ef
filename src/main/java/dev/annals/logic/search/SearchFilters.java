package dev.annals.logic.search;

import dev.annals.model.ConferenceKind;

/**
 * Limits a search to documents dated within [fromYear, toYear], of one conference kind, or annotated with a
 * theme (or one of its sub-themes). A null field does not filter; a document without a date is left out as
 * soon as a year is given.
 */
public record SearchFilters(Integer fromYear, Integer toYear, ConferenceKind kind, String theme) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

    public SearchFilters {
        theme = theme == null || theme.isBlank() ? null : theme.strip();
    }

    public boolean isEmpty() {
        return fromYear == null && toYear == null && kind == null && theme == null;
    }
}
