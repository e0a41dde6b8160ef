package dev.annals.logic.timeline;

import dev.annals.model.Theme;

import java.util.List;
import java.util.Map;

/**
 * Annotations per theme and period: {@code counts.get(themeId)[i]} is the count in {@code periods.get(i)}.
 * Only themes with at least one annotation are listed, in codebook order.
 */
public record ThemeTrend(List<Period> periods, List<Theme> themes, Map<Long, int[]> counts, int max) {

    public int count(long themeId, int periodIndex) {
        int[] row = counts.get(themeId);
        return row == null ? 0 : row[periodIndex];
    }

    public boolean isEmpty() {
        return themes.isEmpty();
    }
}
