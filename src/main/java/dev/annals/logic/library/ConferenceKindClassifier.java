package dev.annals.logic.library;

import dev.annals.model.ConferenceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of conference an article reports. What the opening says the conference is counts first; then a sentence
 * anywhere that names both the conference ("hội nghị") and what it reviews; an online format only when nothing says
 * what the conference reviews.
 */
final class ConferenceKindClassifier {

    private static final int FLAGS = 0; // matched against lower-cased text
    private static final Pattern ANNUAL = Pattern.compile("hội nghị công an toàn quốc|hội nghị toàn quốc (?:tổng kết|triển khai) công tác (?:công an )?năm", FLAGS);
    private static final Pattern SIX_MONTH = Pattern.compile("sơ kết(?:\\s+\\p{L}+){0,5}\\s+(?:6|sáu)\\s+tháng", FLAGS);
    private static final Pattern THEMATIC = Pattern.compile("(?:sơ kết|tổng kết)\\s+(?:\\d+|mười|hai|ba|năm)\\s+năm\\s+(?:thực hiện|triển khai|thi hành)"
            + "|(?:sơ kết|tổng kết)(?:\\s+[\\p{L}\\d]+){0,6}?\\s+(?:nghị quyết|chỉ thị|đề án|luật|quyết định|kết luận|chương trình)"
            + "|hội nghị chuyên đề", FLAGS);
    private static final Pattern ONLINE = Pattern.compile("hội nghị trực tuyến|trực tuyến toàn quốc", FLAGS);
    private static final String CONFERENCE = "hội nghị";

    private ConferenceKindClassifier() {
    }

    /** The kind, from the layout of the article and its whole text in lower case. */
    static Optional<ConferenceKind> classify(ArticleLayout layout, String text) {
        String opening = layout.opening().toLowerCase(Locale.ROOT);
        Optional<ConferenceKind> kind = review(opening);
        if (kind.isPresent()) return kind;
        for (String sentence : conferenceSentences(text)) {
            kind = review(sentence);
            if (kind.isPresent()) return kind;
        }
        if (text.contains("trực tuyến") && (ONLINE.matcher(text).find() || mentionsOnlineConference(opening))) {
            return Optional.of(ConferenceKind.ONLINE);
        }
        return text.contains(CONFERENCE) ? Optional.of(ConferenceKind.OTHER) : Optional.empty();
    }

    /** The sentences that name a conference, in order; they end at a line break, or at . ! ? followed by white space. */
    private static List<String> conferenceSentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (int at = text.indexOf(CONFERENCE); at >= 0; ) {
            int end = sentenceEnd(text, at);
            sentences.add(text.substring(sentenceStart(text, at), end));
            at = text.indexOf(CONFERENCE, end);
        }
        return sentences;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at; i > 0; i--) {
            char c = text.charAt(i - 1);
            if (c == '\n' || Character.isWhitespace(c) && i > 1 && isStop(text.charAt(i - 2))) return i;
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || isStop(c) && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
        }
        return text.length();
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static Optional<ConferenceKind> review(String text) {
        if (!text.contains("sơ kết") && !text.contains("tổng kết") && !text.contains("toàn quốc") && !text.contains("chuyên đề")) return Optional.empty();
        if (ANNUAL.matcher(text).find()) return Optional.of(ConferenceKind.ANNUAL_NATIONAL);
        if (SIX_MONTH.matcher(text).find()) return Optional.of(ConferenceKind.SIX_MONTH_REVIEW);
        if (THEMATIC.matcher(text).find()) return Optional.of(ConferenceKind.THEMATIC_REVIEW);
        return Optional.empty();
    }

    private static boolean mentionsOnlineConference(String opening) {
        return conferenceSentences(opening).stream().anyMatch(sentence -> sentence.contains("trực tuyến"));
    }
}
