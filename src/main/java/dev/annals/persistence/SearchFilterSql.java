package dev.annals.persistence;

import dev.annals.logic.search.IndexFilter;

import java.util.ArrayList;
import java.util.List;

/** The WHERE conditions of the search filters on documents {@code d}, with their parameters. */
final class SearchFilterSql {

    final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();
    /** True when a filter names a theme that does not exist: nothing can match. */
    final boolean impossible;

    SearchFilterSql(IndexFilter filter, String themeColumn) {
        if (filter.fromYear() != null) {
            where.append(" AND d.date IS NOT NULL AND CAST(substr(d.date, 1, 4) AS INTEGER) >= ?");
            params.add(filter.fromYear());
        }
        if (filter.toYear() != null) {
            where.append(" AND d.date IS NOT NULL AND CAST(substr(d.date, 1, 4) AS INTEGER) <= ?");
            params.add(filter.toYear());
        }
        if (filter.kind() != null) {
            where.append(" AND d.kind = ?");
            params.add(filter.kind().id());
        }
        impossible = filter.matchesNothing();
        if (filter.themeIds() != null && !impossible) {
            String in = String.join(",", filter.themeIds().stream().map(id -> "?").toList());
            where.append(themeColumn == null
                    ? " AND EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = d.id AND a.theme_id IN (" + in + "))"
                    : " AND " + themeColumn + " IN (" + in + ")");
            params.addAll(filter.themeIds());
        }
    }
}
