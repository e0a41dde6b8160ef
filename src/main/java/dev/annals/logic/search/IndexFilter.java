package dev.annals.logic.search;

import dev.annals.model.ConferenceKind;

import java.util.Set;

/**
 * The filters of a search as the index applies them: years, kind, and the theme named in the request resolved
 * through the codebook to its id and its sub-themes' ids. Null fields do not filter; an empty theme set (a name
 * that fits no theme) matches nothing.
 */
public record IndexFilter(Integer fromYear, Integer toYear, ConferenceKind kind, Set<Long> themeIds) {

    public static final IndexFilter NONE = new IndexFilter(null, null, null, null);

    public IndexFilter {
        themeIds = themeIds == null ? null : Set.copyOf(themeIds);
    }

    public boolean isEmpty() {
        return fromYear == null && toYear == null && kind == null && themeIds == null;
    }

    /** True when no document can pass (the theme named does not exist). */
    public boolean matchesNothing() {
        return themeIds != null && themeIds.isEmpty();
    }
}
