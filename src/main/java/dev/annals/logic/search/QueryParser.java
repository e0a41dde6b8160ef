package dev.annals.logic.search;

import dev.annals.logic.text.Folding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the user typed: words (all required), {@code "exact phrases"}, {@code prefix*}, {@code -excluded},
 * and {@code OR} between two items. Anything else (brackets, quotes left open, stray operators, SQL) is read as
 * plain words or ignored; the only failures are the ones {@link InvalidQueryException.Reason} names.
 */
public final class QueryParser {

    public static final int MAX_WORDS = 32;

    private QueryParser() {
    }

    public static ParsedQuery parse(String query) throws InvalidQueryException {
        String text = query == null ? "" : Normalizer.normalize(query, Normalizer.Form.NFC);
        List<List<Phrase>> clauses = new ArrayList<>();
        List<Phrase> excluded = new ArrayList<>();
        boolean orPending = false;
        int words = 0;
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean negated = text.charAt(i) == '-';
            if (negated) i++;
            if (i >= text.length() || Character.isWhitespace(text.charAt(i))) continue;
            String chunk;
            boolean prefix;
            if (text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? text.length() : close;
                chunk = text.substring(i + 1, end).strip();
                i = close < 0 ? text.length() : close + 1;
                prefix = chunk.endsWith("*") || (i < text.length() && text.charAt(i) == '*');
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') end++;
                chunk = text.substring(i, end);
                i = end;
                if (!negated && chunk.equals("OR")) {
                    orPending = !clauses.isEmpty();
                    continue;
                }
                if (!negated && chunk.equals("AND")) continue;
                prefix = chunk.endsWith("*");
            }
            List<String> tokens = TextTokens.of(Folding.fold(chunk)).words();
            if (tokens.isEmpty()) continue;
            words += tokens.size();
            if (words > MAX_WORDS) {
                throw new InvalidQueryException(InvalidQueryException.Reason.TOO_MANY_WORDS,
                        "the query has more than " + MAX_WORDS + " words; shorten it");
            }
            Phrase phrase = new Phrase(tokens, prefix);
            if (negated) {
                excluded.add(phrase);
            } else if (orPending) {
                clauses.get(clauses.size() - 1).add(phrase);
            } else {
                clauses.add(new ArrayList<>(List.of(phrase)));
            }
            orPending = false;
        }
        if (clauses.isEmpty() && excluded.isEmpty()) {
            throw new InvalidQueryException(InvalidQueryException.Reason.EMPTY, "the query has no words to search for");
        }
        if (clauses.isEmpty()) {
            throw new InvalidQueryException(InvalidQueryException.Reason.ONLY_EXCLUSIONS,
                    "the query only excludes words; add a word to search for");
        }
        return new ParsedQuery(clauses, excluded);
    }
}
