package dev.annals.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A date known to a year, a month or a day. Month and day are 0 when not known.
 * Ordered by the first day it covers, then by precision (coarser first).
 */
public record PartialDate(int year, int month, int day, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::firstDay)
            .thenComparing(PartialDate::precision);

    public PartialDate {
        if (precision == null) throw new IllegalArgumentException("precision is required");
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (precision == DatePrecision.YEAR && (month != 0 || day != 0)) throw new IllegalArgumentException("a year date has no month or day");
        if (precision == DatePrecision.MONTH && (month < 1 || month > 12 || day != 0)) throw new IllegalArgumentException("bad month: " + month);
        if (precision == DatePrecision.DAY) LocalDate.of(year, month, day); // validates
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0, DatePrecision.YEAR); }

    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0, DatePrecision.MONTH); }

    public static PartialDate ofDay(int year, int month, int day) { return new PartialDate(year, month, day, DatePrecision.DAY); }

    /** Parses "2020", "2021-06" or "2021-12-29". */
    public static PartialDate parseIso(String iso) {
        String[] parts = iso.trim().split("-");
        try {
            return switch (parts.length) {
                case 1 -> ofYear(Integer.parseInt(parts[0]));
                case 2 -> ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                case 3 -> ofDay(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("not a date: " + iso);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a date: " + iso + " (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    public static Optional<PartialDate> tryParseIso(String iso) {
        if (iso == null || iso.isBlank()) return Optional.empty();
        try {
            return Optional.of(parseIso(iso));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** ISO 8601 with its real precision: "2020", "2021-06", "2021-12-29". */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The day after the last day this date covers. */
    public LocalDate endExclusive() {
        return switch (precision) {
            case YEAR -> firstDay().plusYears(1);
            case MONTH -> firstDay().plusMonths(1);
            case DAY -> firstDay().plusDays(1);
        };
    }

    public boolean overlaps(PartialDate other) {
        return firstDay().isBefore(other.endExclusive()) && other.firstDay().isBefore(endExclusive());
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
