package dev.annals.logic.library.meta;

import dev.annals.logic.text.Folding;
import dev.annals.model.PartialDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the forms people and programs write them: ISO 8601 with or without time and zone, compact
 * {@code yyyymmdd[hhmm[ss]]}, {@code d/m/yyyy}, {@code d-m-yyyy}, {@code d.m.yyyy} (day first, as outside the US, unless
 * only month first makes sense), "ngày 5 tháng 3 năm 2023", "March 5, 2023", "5 Mar 2023", "5. März 2023",
 * "2023年3月5日", and a month alone ("tháng 3/2023", "March 2023"). A time and a zone written after the date do not
 * move it: the date is the one written, in the article's own time zone.
 */
public final class WrittenDates {

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;
    private static final String M = "(" + MonthNames.PATTERN + ")\\.?";
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?(?![\\d])"), Form.Order.YMD),
            new Form(Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)"), Form.Order.DMY),
            new Form(Pattern.compile("(?<!\\d)(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*(?:nam|,|/|-)\\s*(\\d{4})(?!\\d)"), Form.Order.DMY_WORDS),
            new Form(Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\\.?\\s+(?:de\\s+|of\\s+)?" + M
                    + ",?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)"), Form.Order.D_NAME_Y),
            new Form(Pattern.compile("(?<!\\p{L})" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)"), Form.Order.NAME_D_Y),
            new Form(Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]"), Form.Order.YMD_CJK),
            new Form(Pattern.compile("(?<!\\p{L})thang\\s+(\\d{1,2})\\s*(?:nam|/|-)\\s*(\\d{4})(?!\\d)"), Form.Order.MY_WORDS),
            new Form(Pattern.compile("(?<![\\p{L}\\d])" + M + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)"), Form.Order.NAME_Y));
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\d{4}(?:\\d{2})?)?$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    /** "22/10/13 15:55": a two-digit year, read only in a value that holds nothing else of a date. */
    private static final Pattern SHORT_YEAR = Pattern.compile("^(?:\\D{0,20}?)(?<!\\d)(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2})(?![\\d/.-])");

    private WrittenDates() {
    }

    /** A date a value states, such as a header's or a meta tag's: the first date written in it. */
    public static Optional<PartialDate> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        Matcher compact = COMPACT.matcher(v);
        if (compact.matches()) return day(compact.group(1), compact.group(2), compact.group(3));
        Matcher year = YEAR.matcher(v);
        if (year.matches()) return ofYear(Integer.parseInt(year.group(1)));
        Optional<PartialDate> written = first(v, 0);
        if (written.isPresent()) return written;
        Matcher shortYear = SHORT_YEAR.matcher(v);
        if (!shortYear.find()) return Optional.empty();
        int yy = Integer.parseInt(shortYear.group(4));
        int century = yy <= (java.time.Year.now().getValue() % 100) + 1 ? 2000 : 1900;
        return dayOrMonthFirst(Integer.toString(century + yy), shortYear.group(1), shortYear.group(3));
    }

    /** The first date written in {@code text} at or after {@code from}, with where it starts and ends. */
    public static Optional<PartialDate> first(String text, int from) {
        return firstMatch(text, from).map(Found::date);
    }

    /** The first date in the text and its place: {@code [start, end)} in UTF-16 indices of {@code text}. */
    public static Optional<Found> firstMatch(String text, int from) {
        String folded = Folding.fold(text);
        Found best = null;
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(folded);
            int at = from;
            while (at < folded.length() && m.find(at)) {
                if (best != null && m.start() > best.start()) break;
                Optional<PartialDate> date = form.date(m);
                if (date.isPresent()) {
                    Found found = new Found(date.get(), m.start(), m.end());
                    if (best == null || found.start() < best.start()
                            || found.start() == best.start() && found.date().precision().compareTo(best.date().precision()) > 0) {
                        best = found;
                    }
                    break;
                }
                at = m.start() + 1;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A date found in a text. */
    public record Found(PartialDate date, int start, int end) {
    }

    private record Form(Pattern pattern, Order order) {

        enum Order { YMD, DMY, DMY_WORDS, D_NAME_Y, NAME_D_Y, YMD_CJK, MY_WORDS, NAME_Y }

        Optional<PartialDate> date(Matcher m) {
            return switch (order) {
                case YMD -> m.group(4) == null ? month(m.group(1), m.group(3)) : day(m.group(1), m.group(3), m.group(4));
                case DMY -> dayOrMonthFirst(m.group(4), m.group(1), m.group(3));
                case DMY_WORDS -> day(m.group(3), m.group(2), m.group(1));
                case D_NAME_Y -> named(m.group(3), m.group(2), m.group(1));
                case NAME_D_Y -> named(m.group(3), m.group(1), m.group(2));
                case YMD_CJK -> day(m.group(1), m.group(2), m.group(3));
                case MY_WORDS -> month(m.group(2), m.group(1));
                case NAME_Y -> {
                    int month = MonthNames.month(m.group(1));
                    yield month == 0 ? Optional.empty() : month(m.group(2), Integer.toString(month));
                }
            };
        }
    }

    private static Optional<PartialDate> named(String year, String monthName, String day) {
        int month = MonthNames.month(monthName);
        return month == 0 ? Optional.empty() : day(year, Integer.toString(month), day);
    }

    /** d/m/yyyy unless the second number cannot be a month and the first can (m/d/yyyy). */
    private static Optional<PartialDate> dayOrMonthFirst(String year, String first, String second) {
        Optional<PartialDate> dayFirst = day(year, second, first);
        return dayFirst.isPresent() ? dayFirst : day(year, first, second);
    }

    private static Optional<PartialDate> ofYear(int year) {
        return year < MIN_YEAR || year > MAX_YEAR ? Optional.empty() : Optional.of(PartialDate.ofYear(year));
    }

    private static Optional<PartialDate> month(String year, String month) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12) return Optional.empty();
        return Optional.of(PartialDate.ofMonth(y, m));
    }

    private static Optional<PartialDate> day(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) return Optional.empty();
        try {
            LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(PartialDate.ofDay(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
