package dev.annals.logic.timeline;

/** The period of the "themes over time" panel. */
public enum Granularity {
    QUARTER, YEAR
}
