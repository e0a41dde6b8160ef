package dev.annals.logic.library;

import dev.annals.model.ConferenceKind;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of conference an article reports. What the opening says the conference is counts first; then a sentence
 * anywhere that names both the conference ("hội nghị") and what it reviews; an online format only when nothing says
 * what the conference reviews.
 */
final class ConferenceKindClassifier {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ANNUAL = Pattern.compile("hội nghị công an toàn quốc|hội nghị toàn quốc (?:tổng kết|triển khai) công tác (?:công an )?năm", FLAGS);
    private static final Pattern SIX_MONTH = Pattern.compile("sơ kết(?:\\s+\\p{L}+){0,5}\\s+(?:6|sáu)\\s+tháng", FLAGS);
    private static final Pattern THEMATIC = Pattern.compile("(?:sơ kết|tổng kết)\\s+(?:\\d+|mười|hai|ba|năm)\\s+năm\\s+(?:thực hiện|triển khai|thi hành)"
            + "|(?:sơ kết|tổng kết)(?:\\s+[\\p{L}\\d]+){0,6}?\\s+(?:nghị quyết|chỉ thị|đề án|luật|quyết định|kết luận|chương trình)"
            + "|hội nghị chuyên đề", FLAGS);
    private static final Pattern ONLINE = Pattern.compile("hội nghị trực tuyến|trực tuyến toàn quốc", FLAGS);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n");

    private ConferenceKindClassifier() {
    }

    static Optional<ConferenceKind> classify(ArticleLayout layout, String text) {
        Optional<ConferenceKind> kind = review(layout.opening());
        if (kind.isPresent()) return kind;
        for (String sentence : SENTENCE_END.split(text)) {
            if (sentence.toLowerCase(Locale.ROOT).contains("hội nghị")) {
                kind = review(sentence);
                if (kind.isPresent()) return kind;
            }
        }
        if (ONLINE.matcher(text).find() || mentionsOnlineConference(layout.opening())) return Optional.of(ConferenceKind.ONLINE);
        return text.toLowerCase(Locale.ROOT).contains("hội nghị") ? Optional.of(ConferenceKind.OTHER) : Optional.empty();
    }

    private static Optional<ConferenceKind> review(String text) {
        if (ANNUAL.matcher(text).find()) return Optional.of(ConferenceKind.ANNUAL_NATIONAL);
        if (SIX_MONTH.matcher(text).find()) return Optional.of(ConferenceKind.SIX_MONTH_REVIEW);
        if (THEMATIC.matcher(text).find()) return Optional.of(ConferenceKind.THEMATIC_REVIEW);
        return Optional.empty();
    }

    private static boolean mentionsOnlineConference(String opening) {
        for (String sentence : SENTENCE_END.split(opening)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (lower.contains("hội nghị") && lower.contains("trực tuyến")) return true;
        }
        return false;
    }
}
