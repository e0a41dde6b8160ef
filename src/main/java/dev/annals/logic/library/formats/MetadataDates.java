package dev.annals.logic.library.formats;

import dev.annals.model.PartialDate;

import java.util.Calendar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as document metadata writes them: ISO 8601 (with or without time), or a calendar. */
public final class MetadataDates {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?$");

    private MetadataDates() {
    }

    /** "2021", "2021-06", "2021-12-29", "2021-12-29T08:00:00Z" with their precision; null for anything else. */
    public static PartialDate parse(String value) {
        if (value == null) return null;
        Matcher m = ISO.matcher(value);
        if (!m.matches()) return null;
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return PartialDate.ofYear(year);
            if (m.group(3) == null) return PartialDate.ofMonth(year, Integer.parseInt(m.group(2)));
            return PartialDate.ofDay(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }

    public static PartialDate of(Calendar calendar) {
        if (calendar == null) return null;
        try {
            return PartialDate.ofDay(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }
}
