package dev.annals.model;

/** How much of a date is known. */
public enum DatePrecision {
    YEAR, MONTH, DAY;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
