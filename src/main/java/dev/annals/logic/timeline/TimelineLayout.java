package dev.annals.logic.timeline;

import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places conferences on a time axis. Built once per list of conferences (sorted by the first day each
 * covers), then laid out for every window and width: only what is visible is placed, found by binary search.
 */
public final class TimelineLayout {

    /** The longest a date can cover (a leap year), so a search from this far back finds every overlapping one. */
    private static final int LONGEST_DATE_DAYS = 366;

    private final List<Conference> conferences;
    private final long[] startDays;
    private final long[] endDays;

    public TimelineLayout(List<Conference> conferences) {
        this.conferences = conferences.stream()
                .sorted(Comparator.comparing(Conference::date).thenComparingLong(Conference::id)).toList();
        int n = this.conferences.size();
        startDays = new long[n];
        endDays = new long[n];
        for (int i = 0; i < n; i++) {
            startDays[i] = this.conferences.get(i).date().firstDay().toEpochDay();
            endDays[i] = this.conferences.get(i).date().endExclusive().toEpochDay();
        }
    }

    /** The conferences in timeline order (oldest first); {@link PlacedConference#index()} points into it. */
    public List<Conference> conferences() {
        return conferences;
    }

    /** Lays out the conferences of the given kinds (one lane each, in that order) that overlap the window. */
    public List<PlacedConference> place(TimeWindow window, double width, List<ConferenceKind> lanes) {
        int[] laneOf = new int[ConferenceKind.values().length];
        java.util.Arrays.fill(laneOf, -1);
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
