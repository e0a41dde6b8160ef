package dev.annals.logic.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Items over day ranges [start, end) (epoch days), by first day, to find those a range overlaps without looking at
 * every item: only items starting less than the longest range before it can reach it. Grouping 100,000 dated
 * documents compared each with every conference so far; this looks at a few.
 */
final class DayIndex<T> {

    private record Entry<T>(T item, long start, long end) {
    }

    private final TreeMap<Long, List<Entry<T>>> byStart = new TreeMap<>();
    private long longest = 1;

    void add(T item, long start, long end) {
        byStart.computeIfAbsent(start, d -> new ArrayList<>(1)).add(new Entry<>(item, start, end));
        longest = Math.max(longest, end - start);
    }

    /** The items whose range overlaps [start, end), by first day, then in the order they were added. */
    List<T> overlapping(long start, long end) {
        List<T> out = new ArrayList<>(2);
        for (List<Entry<T>> sameDay : byStart.subMap(start - longest, false, end, false).values()) {
            for (Entry<T> e : sameDay) {
                if (e.start < end && start < e.end) out.add(e.item);
            }
        }
        return out;
    }
}
