package dev.annals.logic.library;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article comes from, as it says itself: "(Tổ Quốc) -" opening the text, a "Nguồn: …" line, or a short
 * "Theo …" line at the end.
 */
final class SourceExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final Pattern LEADING = Pattern.compile("^\\(([^()\\d][^()]{1,40})\\)\\s*[-–—]\\s*");
    private static final Pattern NGUON = Pattern.compile("^\\(?nguồn\\s*(?:tin|bài)?\\s*[:：\\-–]?\\s*([^()]{2,100}?)\\)?\\.?$", FLAGS);
    private static final Pattern THEO = Pattern.compile("^\\(?theo\\s+([^()]{2,80}?)\\)?\\.?$", FLAGS);
    private static final int ENDING = 6;

    private SourceExtractor() {
    }

    static boolean startsWithSource(String paragraph) {
        return LEADING.matcher(paragraph).find();
    }

    /** The paragraph without a leading "(Source) -". */
    static String withoutLeadingSource(String paragraph) {
        Matcher m = LEADING.matcher(paragraph);
        return m.find() ? paragraph.substring(m.end()) : paragraph;
    }

    static Optional<String> find(List<String> paragraphs) {
        int from = Math.max(0, paragraphs.size() - ENDING);
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (i >= 3 && i < from) continue;
            Matcher m = NGUON.matcher(paragraphs.get(i));
            if (m.matches()) return Optional.of(m.group(1).strip());
        }
        for (String p : paragraphs.subList(0, Math.min(3, paragraphs.size()))) {
            Matcher m = LEADING.matcher(p);
            if (m.find()) return Optional.of(m.group(1).strip());
        }
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 3); i--) {
            Matcher m = THEO.matcher(paragraphs.get(i));
            if (m.matches() && !m.group(1).contains(",")) return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }
}
