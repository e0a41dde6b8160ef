package dev.annals.persistence;

import java.sql.Connection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the prefix phrases of an FTS5 expression ({@code "tang cuong" *}) into the phrases of the words the
 * index holds with that prefix, joined by OR. FTS5 without a prefix index builds the merged doclist of every such
 * word before it returns the first row; an OR of a few words is read newest first and stops at the limit. A
 * prefix that stands for more than {@value #MAX_WORDS} words stays as it is.
 */
final class PrefixTerms {

    static final int MAX_WORDS = 64;
    // Phrase words are folded word characters (letters, digits, private use), so they never hold a quote.
    private static final Pattern PREFIX_PHRASE = Pattern.compile("\"([^\"]*)\" \\*");

    private PrefixTerms() {
    }

    static String expand(Connection c, String ftsExpression) {
        Matcher m = PREFIX_PHRASE.matcher(ftsExpression);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(alternatives(c, m.group(1), m.group())));
        m.appendTail(out);
        return out.toString();
    }

    private static String alternatives(Connection c, String phrase, String unchanged) {
        int split = phrase.lastIndexOf(' ') + 1;
        String head = phrase.substring(0, split);
        String prefix = phrase.substring(split);
        if (prefix.isEmpty()) return unchanged;
        List<String> words = Sql.queryList(c, "SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?",
                rs -> rs.getString(1), prefix, upperBound(prefix), MAX_WORDS + 1);
        if (words.isEmpty() || words.size() > MAX_WORDS) return unchanged;
        return words.stream().map(w -> "\"" + head + w + "\"").reduce((a, b) -> a + " OR " + b).map(s -> "(" + s + ")").orElse(unchanged);
    }

    /** The smallest string above every string that starts with {@code prefix}. */
    static String upperBound(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
    }
}
