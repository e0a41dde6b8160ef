package dev.annals.logic.search;

import java.util.List;

/**
 * One thing to look for: folded words that must follow each other (a single word is a phrase of one). With
 * {@code prefix}, the last word only has to start the text's word.
 */
public record Phrase(List<String> words, boolean prefix) {

    public Phrase {
        if (words.isEmpty()) throw new IllegalArgumentException("a phrase needs a word");
        words = List.copyOf(words);
    }

    /** As an FTS5 string: every word is letters and digits only, and quotes are doubled anyway. */
    String ftsExpression() {
        return "\"" + String.join(" ", words).replace("\"", "\"\"") + "\"" + (prefix ? " *" : "");
    }

    /** Whether the phrase occurs at word {@code i} of the tokens. */
    boolean matchesAt(TextTokens tokens, int i) {
        int n = words.size();
        if (i + n > tokens.size()) return false;
        for (int k = 0; k < n - 1; k++) {
            if (!tokens.word(i + k).equals(words.get(k))) return false;
        }
        String last = tokens.word(i + n - 1);
        return prefix ? last.startsWith(words.get(n - 1)) : last.equals(words.get(n - 1));
    }
}
