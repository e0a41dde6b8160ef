package dev.annals.logic.timeline;

import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;
import dev.annals.model.PartialDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places conferences on a time axis. Built once per list of conferences (sorted by the first day each
 * covers), then laid out for every window and width: only what is visible is placed, found by binary search.
 */
public final class TimelineLayout {

    /** The longest a date can cover (a leap year), so a search from this far back finds every overlapping one. */
    private static final int LONGEST_DATE_DAYS = 366;
    private static final int INDEX_BITS = 24;
    /** Makes every epoch day of the years 1 to 9999 positive. */
    private static final long DAY_OFFSET = 1_000_000;

    private final List<Conference> conferences;
    private final long[] startDays;
    private final long[] endDays;

    /** Ties (same first day and precision) keep the order they were given in. */
    public TimelineLayout(List<Conference> conferences) {
        int n = conferences.size();
        if (n >= 1 << INDEX_BITS) throw new IllegalArgumentException("too many conferences: " + n);
        // one primitive sort on (first day, precision, index) packed into a long: no boxing, no date objects per compare
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            PartialDate d = conferences.get(i).date();
            long day = d.firstDay().toEpochDay() + DAY_OFFSET;
            keys[i] = day << (INDEX_BITS + 2) | (long) d.precision().ordinal() << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        List<Conference> sorted = new ArrayList<>(n);
        startDays = new long[n];
        endDays = new long[n];
        for (int k = 0; k < n; k++) {
            Conference c = conferences.get((int) (keys[k] & ((1 << INDEX_BITS) - 1)));
            sorted.add(c);
            startDays[k] = (keys[k] >>> (INDEX_BITS + 2)) - DAY_OFFSET;
            endDays[k] = c.date().endExclusive().toEpochDay();
        }
        this.conferences = List.copyOf(sorted);
    }

    /** The conferences in timeline order (oldest first); {@link PlacedConference#index()} points into it. */
    public List<Conference> conferences() {
        return conferences;
    }

    /** Lays out the conferences of the given kinds (one lane each, in that order) that overlap the window. */
    public List<PlacedConference> place(TimeWindow window, double width, List<ConferenceKind> lanes) {
        int[] laneOf = new int[ConferenceKind.values().length];
        Arrays.fill(laneOf, -1);
        for (int i = 0; i < lanes.size(); i++) laneOf[lanes.get(i).ordinal()] = i;
        List<PlacedConference> placed = new ArrayList<>();
        for (int i = firstIndexFrom(window.startDay() - LONGEST_DATE_DAYS); i < startDays.length; i++) {
            if (startDays[i] >= window.endDay()) break;
            if (endDays[i] <= window.startDay()) continue;
            Conference c = conferences.get(i);
            int lane = laneOf[c.kind().ordinal()];
            if (lane < 0) continue;
            double x = window.x(startDays[i], width);
            double w = window.x(endDays[i], width) - x;
            placed.add(new PlacedConference(i, c, x, w, lane, c.date().precision() != DatePrecision.DAY));
        }
        return placed;
    }

    private int firstIndexFrom(double day) {
        int lo = 0;
        int hi = startDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startDays[mid] < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
