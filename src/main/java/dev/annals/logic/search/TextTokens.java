package dev.annals.logic.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a folded text with their code-point ranges. A word is a run of letters, digits and private-use
 * characters, the same rule as SQLite's unicode61 tokenizer, so hits found here are the ones FTS5 matched.
 */
public final class TextTokens {

    private final List<String> words = new ArrayList<>();
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    private TextTokens() {
    }

    public static TextTokens of(String folded) {
        TextTokens tokens = new TextTokens();
        int cpIndex = 0;
        int wordStartUtf16 = -1;
        int wordStartCp = 0;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean inWord = isWordCharacter(cp);
            if (inWord && wordStartUtf16 < 0) {
                wordStartUtf16 = i;
                wordStartCp = cpIndex;
            } else if (!inWord && wordStartUtf16 >= 0) {
                tokens.add(folded.substring(wordStartUtf16, i), wordStartCp, cpIndex);
                wordStartUtf16 = -1;
            }
            i += Character.charCount(cp);
            cpIndex++;
        }
        if (wordStartUtf16 >= 0) tokens.add(folded.substring(wordStartUtf16), wordStartCp, cpIndex);
        return tokens;
    }

    public static boolean isWordCharacter(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    private void add(String word, int start, int end) {
        int n = words.size();
        if (n == starts.length) {
            starts = java.util.Arrays.copyOf(starts, n * 2);
            ends = java.util.Arrays.copyOf(ends, n * 2);
        }
        words.add(word);
        starts[n] = start;
        ends[n] = end;
    }

    public int size() {
        return words.size();
    }

    public String word(int i) {
        return words.get(i);
    }

    /** Code-point offset where word i starts. */
    public int start(int i) {
        return starts[i];
    }

    /** Code-point offset just after word i. */
    public int end(int i) {
        return ends[i];
    }

    public List<String> words() {
        return List.copyOf(words);
    }
}
