package dev.annals.logic.library;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of an article: its headline when it has one; otherwise the first sentence of the lead, without a
 * "(Source) -" opening and a dateline, cut at a word boundary when long (see docs/decisions/0101).
 */
final class TitleExtractor {

    static final int MAX_SENTENCE = 140;
    static final int CUT_AT = 120;
    private static final Pattern DATELINE = Pattern.compile("^(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm|hôm|ngày)(?:\\s+(?:nay|qua))?\\s+)?"
            + "(?:ngày\\s+)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?\\s*,\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TitleExtractor() {
    }

    static Optional<String> find(ArticleLayout layout) {
        Optional<String> headline = layout.headline();
        if (headline.isPresent()) return headline;
        List<String> lead = layout.lead();
        if (lead.isEmpty()) return Optional.empty();
        return Optional.of(fromParagraph(lead.get(0))).filter(t -> !t.isBlank());
    }

    static String fromParagraph(String paragraph) {
        String text = SourceExtractor.withoutLeadingSource(paragraph.strip());
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find()) text = text.substring(dateline.end());
        text = capitalize(firstSentence(text));
        if (text.codePointCount(0, text.length()) <= MAX_SENTENCE) return text;
        int cut = text.offsetByCodePoints(0, CUT_AT);
        int space = text.lastIndexOf(' ', cut);
        String head = text.substring(0, space > CUT_AT / 2 ? space : cut).replaceAll("[\\s,;:–-]+$", "");
        return head + "…" + closingQuote(head);
    }

    /** Up to the first full stop outside quotation marks, without it. */
    static String firstSentence(String text) {
        boolean inStraightQuote = false;
        int curly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') inStraightQuote = !inStraightQuote;
            else if (c == '“') curly++;
            else if (c == '”') curly = Math.max(0, curly - 1);
            else if ((c == '.' || c == '!' || c == '?') && !inStraightQuote && curly == 0 && endsSentence(text, i)) {
                return text.substring(0, c == '.' ? i : i + 1);
            }
        }
        return text.replaceAll("\\.+$", "");
    }

    private static boolean endsSentence(String text, int i) {
        if (i + 1 >= text.length()) return true;
        return Character.isWhitespace(text.charAt(i + 1)) && (i + 2 >= text.length() || !Character.isLowerCase(text.charAt(i + 2)));
    }

    private static String closingQuote(String text) {
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) return "\"";
        return text.chars().filter(c -> c == '“').count() > text.chars().filter(c -> c == '”').count() ? "”" : "";
    }

    private static String capitalize(String text) {
        if (text.isEmpty()) return text;
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(text.substring(Character.charCount(first))).toString();
    }
}
