package dev.annals.logic.search;

/** What to search for: the query as typed, the filters, and at most how many documents to return. */
public record SearchRequest(String query, SearchFilters filters, int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchRequest {
        filters = filters == null ? SearchFilters.NONE : filters;
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, SearchFilters.NONE, DEFAULT_LIMIT);
    }
}
