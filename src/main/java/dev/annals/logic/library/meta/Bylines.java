package dev.annals.logic.library.meta;

import dev.annals.model.DatePrecision;
import dev.annals.model.PartialDate;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A byline or date line next to a headline: a short line that states a full date and otherwise only a time, a
 * weekday, words such as "Cập nhật lúc" / "Published" and perhaps a capitalized name or outlet ("Nguyễn Văn A |
 * 05/03/2023 10:32", "By Jane Doe, March 5, 2023", "Thứ Tư, 20/11/2024"). A headline that happens to hold a date
 * ("Hội nghị ngày 5/3/2023") is not one.
 */
public final class Bylines {

    private static final int MAX_LENGTH = 120;
    private static final int MAX_NAME_WORDS = 6;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TIME = Pattern.compile("\\d{1,2}\\s*[:h]\\s*\\d{2}(?::\\d{2})?\\s*(?:am|pm|sa|ch)?"
            + "|\\(?\\s*(?:gmt|utc|ict)\\s*[+-]?\\s*\\d{0,2}(?::?\\d{2})?\\s*\\)?", FLAGS);
    private static final Pattern DATE_WORDS = Pattern.compile("(?<!\\p{L})(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|\\d)|chủ\\s+nhật|"
            + "ngày\\s+đăng|ngày|đăng\\s+lúc|đăng|lúc|cập\\s+nhật|cập\\s+nhật\\s+lúc|thời\\s+gian|xuất\\s+bản|"
            + "published|updated|posted|last\\s+updated|modified|created|on|at|date|time|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
            + "by|theo|bởi|nguồn|tác\\s+giả|author|source)(?!\\p{L})", FLAGS);
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s,|()\\[\\]·•/:\\-–—]+");

    private Bylines() {
    }

    /** The full date of a byline or date line; empty when the line is anything else. */
    public static Optional<PartialDate> date(String line) {
        if (line == null || line.length() > MAX_LENGTH) return Optional.empty();
        Optional<WrittenDates.Found> found = WrittenDates.firstMatch(line, 0);
        if (found.isEmpty() || found.get().date().precision() != DatePrecision.DAY) return Optional.empty();
        String rest = line.substring(0, found.get().start()) + " " + line.substring(found.get().end());
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = DATE_WORDS.matcher(rest).replaceAll(" ");
        rest = PUNCTUATION.matcher(rest).replaceAll(" ").strip();
        if (rest.isEmpty() || isName(rest)) return Optional.of(found.get().date());
        return Optional.empty();
    }

    /** A person's or an outlet's name: a few words, each capitalized or all capitals, no sentence punctuation. */
    private static boolean isName(String rest) {
        String[] words = rest.split("\\s+");
        if (words.length > MAX_NAME_WORDS || rest.matches(".*[.!?;\"“”].*")) return false;
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) return false;
        }
        return true;
    }
}
