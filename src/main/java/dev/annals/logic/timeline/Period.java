package dev.annals.logic.timeline;

import dev.annals.model.DatePrecision;
import dev.annals.model.PartialDate;

/**
 * A column of the "themes over time" panel: a quarter (1–4) of a year, or a whole year (quarter 0), which in
 * quarter view holds the conferences dated only to the year.
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    public static Period of(PartialDate date, Granularity granularity) {
        if (granularity == Granularity.YEAR || date.precision() == DatePrecision.YEAR) return new Period(date.year(), 0);
        return new Period(date.year(), (date.month() - 1) / 3 + 1);
    }

    public boolean wholeYear() {
        return quarter == 0;
    }

    /** The first month (or the year) this period covers, for filtering by date. */
    public PartialDate from() {
        return wholeYear() ? PartialDate.ofYear(year) : PartialDate.ofMonth(year, quarter * 3 - 2);
    }

    /** The last month (or the year) this period covers. */
    public PartialDate to() {
        return wholeYear() ? PartialDate.ofYear(year) : PartialDate.ofMonth(year, quarter * 3);
    }

    @Override
    public int compareTo(Period o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }
}
