package dev.annals.logic.timeline;

import dev.annals.model.Conference;

/**
 * A visible conference: {@code index} in the timeline's order, its x and width in pixels (from the first day
 * its date covers to the end of the last), its lane, and whether it is a span (a date known only to the
 * month or the year) rather than a single day.
 */
public record PlacedConference(int index, Conference conference, double x, double width, int lane, boolean span) {

    public double centerX() {
        return x + width / 2;
    }
}
