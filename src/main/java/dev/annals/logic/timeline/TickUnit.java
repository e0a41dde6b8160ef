package dev.annals.logic.timeline;

/** What the axis ticks mark, from the widest zoom to the closest. */
public enum TickUnit {
    YEAR, QUARTER, MONTH
}
