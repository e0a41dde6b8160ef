package dev.annals.persistence;

import dev.annals.logic.text.Folding;

import java.util.ArrayList;
import java.util.List;

/** An FTS5 query that every document containing a quote matches: its words but the first, the last as a prefix. */
final class QuotePhrase {

    private QuotePhrase() {
    }

    /** The query, or null when the quote has fewer than two words (nothing safe to narrow by). */
    static String ftsPrefix(String exact) {
        List<String> words = new ArrayList<>();
        for (String word : Folding.fold(exact).split("[^\\p{L}\\p{N}]+")) if (!word.isEmpty()) words.add(word);
        if (words.size() < 2) return null;
        return "\"" + String.join(" ", words.subList(1, words.size())) + "\"*";
    }
}
