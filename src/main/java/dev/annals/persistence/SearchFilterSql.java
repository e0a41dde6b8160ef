package dev.annals.persistence;

import dev.annals.logic.search.SearchFilters;
import dev.annals.model.Theme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The WHERE conditions of the search filters on documents {@code d}, with their parameters. */
final class SearchFilterSql {

    final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();
    /** True when a filter names a theme that does not exist: nothing can match. */
    final boolean impossible;

    SearchFilterSql(SearchFilters filters, List<Theme> themes, String themeColumn) {
        if (filters.fromYear() != null) {
            where.append(" AND d.date IS NOT NULL AND CAST(substr(d.date, 1, 4) AS INTEGER) >= ?");
            params.add(filters.fromYear());
        }
        if (filters.toYear() != null) {
            where.append(" AND d.date IS NOT NULL AND CAST(substr(d.date, 1, 4) AS INTEGER) <= ?");
            params.add(filters.toYear());
        }
        if (filters.kind() != null) {
            where.append(" AND d.kind = ?");
            params.add(filters.kind().id());
        }
        boolean noSuchTheme = false;
        if (filters.theme() != null) {
            Set<Long> ids = themeAndDescendants(themes, filters.theme());
            noSuchTheme = ids.isEmpty();
            String in = String.join(",", ids.stream().map(id -> "?").toList());
            where.append(themeColumn == null
                    ? " AND EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = d.id AND a.theme_id IN (" + in + "))"
                    : " AND " + themeColumn + " IN (" + in + ")");
            params.addAll(ids);
        }
        impossible = noSuchTheme;
    }

    static Set<Long> themeAndDescendants(List<Theme> themes, String name) {
        Optional<Theme> root = themes.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
        Set<Long> ids = new HashSet<>();
        root.ifPresent(t -> ids.add(t.id()));
        boolean grew = !ids.isEmpty();
        while (grew) {
            grew = false;
            for (Theme t : themes) {
                if (t.parentId() != null && ids.contains(t.parentId()) && ids.add(t.id())) grew = true;
            }
        }
        return ids;
    }
}
