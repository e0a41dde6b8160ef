package dev.annals.logic.timeline;

import dev.annals.model.Conference;
import dev.annals.model.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Counts annotations per theme and period from the annotations of each conference's documents. */
public final class ThemeTrends {

    private ThemeTrends() {
    }

    /**
     * @param themeCounts per conference id, the number of annotations per theme id in its documents
     */
    public static ThemeTrend compute(List<Conference> conferences, Map<Long, Map<Long, Integer>> themeCounts,
                                     List<Theme> themes, Granularity granularity) {
        if (conferences.isEmpty()) return new ThemeTrend(List.of(), List.of(), Map.of(), 0);
        TreeSet<Period> periods = new TreeSet<>();
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (Conference c : conferences) {
            periods.add(Period.of(c.date(), granularity));
            minYear = Math.min(minYear, c.date().year());
            maxYear = Math.max(maxYear, c.date().year());
        }
        for (int y = minYear; y <= maxYear; y++) {
            if (granularity == Granularity.YEAR) periods.add(new Period(y, 0));
            else for (int q = 1; q <= 4; q++) periods.add(new Period(y, q));
        }
        List<Period> columns = new ArrayList<>(periods);
        Map<Period, Integer> column = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) column.put(columns.get(i), i);
        Map<Long, int[]> counts = new HashMap<>();
        int max = 0;
        for (Conference c : conferences) {
            int col = column.get(Period.of(c.date(), granularity));
            for (Map.Entry<Long, Integer> e : themeCounts.getOrDefault(c.id(), Map.of()).entrySet()) {
                int[] row = counts.computeIfAbsent(e.getKey(), k -> new int[columns.size()]);
                row[col] += e.getValue();
                max = Math.max(max, row[col]);
            }
        }
        Map<Long, int[]> ordered = new LinkedHashMap<>();
        List<Theme> used = new ArrayList<>();
        for (Theme t : themes) {
            if (counts.containsKey(t.id())) {
                used.add(t);
                ordered.put(t.id(), counts.get(t.id()));
            }
        }
        return new ThemeTrend(columns, used, ordered, max);
    }
}
