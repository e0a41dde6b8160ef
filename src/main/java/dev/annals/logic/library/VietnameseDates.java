package dev.annals.logic.library;

import dev.annals.model.PartialDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date expressions as Vietnamese articles write them: 20/11/2024, 29-12, 17.8.2021, ngày 17 tháng 8 năm 2021. */
final class VietnameseDates {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUMERIC = "(?<!\\d)(\\d{1,2})\\s*(?<sep>[/.-])\\s*(\\d{1,2})(?:\\s*\\k<sep>\\s*(\\d{4}))?(?![\\d/.-]*\\d)";
    private static final String WORDS = "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,|/)\\s*(\\d{4}))?";
    private static final Pattern DATE = Pattern.compile("(?:ngày\\s+)?(?:" + WORDS + ")|(?:ngày\\s+)?(?:" + NUMERIC + ")|(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)", FLAGS);
    private static final String TIME_OF_DAY = "(?:rạng sáng|sáng|trưa|chiều|tối|đêm|hôm|ngày)";
    /** A dateline: the date that opens the lead ("Ngày 17/8/2021,", "Chiều 29-12,"), or one named as a day early in it. */
    private static final Pattern DATELINE_START = Pattern.compile("^(?:" + TIME_OF_DAY + "(?:\\s+(?:nay|qua|mai))?\\s+)?"
            + "(?:(?:thứ\\s+\\p{L}+|chủ nhật)[,\\s]*)?(?=(?:ngày\\s+)?\\d)", FLAGS);
    private static final Pattern DATELINE_KEYWORD = Pattern.compile("(?<!\\p{L})" + TIME_OF_DAY + "(?:\\s+ngày)?\\s+(?=\\d)", FLAGS);
    private static final Pattern DATE_LINE_REST = Pattern.compile("(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|\\d)|chủ nhật|ngày|"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?|gmt\\s*[+-]?\\d*|am|pm|cập nhật|[\\s,|()\\-–—:])*", FLAGS);
    private static final Pattern SIX_MONTHS = Pattern.compile("\\d+\\s+tháng\\s+đầu\\s+năm\\s+(\\d{4})", FLAGS);

    private VietnameseDates() {
    }

    /** A date as written at {@code start} of the text, with its year if written. */
    record Found(int day, int month, Integer year) {

        Optional<PartialDate> withYear(Integer fallbackYear) {
            Integer y = year != null ? year : fallbackYear;
            if (y == null) return Optional.empty();
            return dayDate(y, month, day);
        }
    }

    /** A paragraph that is nothing but a full date, perhaps with the weekday and time: "Thứ Tư, 20/11/2024". */
    static Optional<PartialDate> dateLine(String paragraph) {
        if (paragraph.length() > 80) return Optional.empty();
        Matcher m = DATE.matcher(paragraph);
        if (!m.find()) return Optional.empty();
        Found found = found(m);
        if (found == null || found.year() == null) return Optional.empty();
        String rest = paragraph.substring(0, m.start()) + " " + paragraph.substring(m.end());
        if (!DATE_LINE_REST.matcher(rest).matches()) return Optional.empty();
        return found.withYear(null);
    }

    /** The date that opens a lead paragraph, or that follows "ngày"/"sáng"/"chiều"… within its first 120 characters. */
    static Optional<Found> dateline(String lead) {
        Matcher start = DATELINE_START.matcher(lead);
        if (start.lookingAt()) {
            Optional<Found> found = dateAt(lead, start.end());
            if (found.isPresent()) return found;
        }
        Matcher keyword = DATELINE_KEYWORD.matcher(lead);
        keyword.region(0, Math.min(lead.length(), 120));
        while (keyword.find()) {
            Optional<Found> found = dateAt(lead, keyword.end());
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** The year of a "6 tháng đầu năm 2020" period: a review held during that year. */
    static Optional<Integer> halfYearPeriod(String text) {
        Matcher m = SIX_MONTHS.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** "2021-06", "2021-06-21" or "2021" as a partial date. */
    static Optional<PartialDate> iso(String value) {
        Matcher m = Pattern.compile("^(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?").matcher(value.strip());
        if (!m.find()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return Optional.of(PartialDate.ofYear(year));
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return Optional.of(PartialDate.ofMonth(year, month));
            return Optional.of(PartialDate.ofDay(year, month, Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Any full date (with its year) in the text, such as the content of an HTML date tag. */
    static Optional<PartialDate> anyFullDate(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Found found = found(m);
            if (found != null && found.year() != null) return found.withYear(null);
        }
        return Optional.empty();
    }

    private static Optional<Found> dateAt(String text, int index) {
        Matcher m = DATE.matcher(text);
        m.region(index, text.length());
        if (!m.lookingAt()) return Optional.empty();
        return Optional.ofNullable(found(m));
    }

    private static Found found(Matcher m) {
        int day;
        int month;
        String year;
        if (m.group(1) != null) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            year = m.group(3);
        } else if (m.group(4) != null) {
            day = Integer.parseInt(m.group(4));
            month = Integer.parseInt(m.group(6));
            year = m.group(7);
        } else {
            year = m.group(8);
            month = Integer.parseInt(m.group(9));
            day = Integer.parseInt(m.group(10));
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        return new Found(day, month, year == null ? null : Integer.parseInt(year));
    }

    private static Optional<PartialDate> dayDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return Optional.of(PartialDate.ofDay(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
