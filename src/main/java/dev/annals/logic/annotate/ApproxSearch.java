package dev.annals.logic.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate string matching (Sellers' dynamic programming over Levenshtein distance): the substrings of a
 * text closest to a pattern. Same results as the approx-string-match library that Hypothesis uses: only the
 * matches with the lowest error count, one per end position, each as long as that error count allows.
 * Works on any unit (code points in Annals, UTF-16 units in the upstream test vectors).
 */
public final class ApproxSearch {

    public record Match(int start, int end, int errors) {
    }

    private ApproxSearch() {
    }

    /** The matches with the fewest errors, if that is at most {@code maxErrors}; empty for an empty text or pattern. */
    public static List<Match> search(int[] text, int[] pattern, int maxErrors) {
        return search(text, 0, text.length, pattern, maxErrors);
    }

    /** The same within text[from, to). */
    public static List<Match> search(int[] text, int from, int to, int[] pattern, int maxErrors) {
        List<int[]> ends = matchEnds(text, from, to, pattern, maxErrors, false);
        List<Match> out = new ArrayList<>(ends.size());
        int[] reversedPattern = reverse(pattern, 0, pattern.length);
        for (int[] e : ends) {
            int end = e[0];
            int errors = e[1];
            int minStart = Math.max(from, end - pattern.length - errors);
            int[] reversedText = reverse(text, minStart, end);
            int longest = 0;
            for (int[] r : matchEnds(reversedText, 0, reversedText.length, reversedPattern, errors, false)) longest = Math.max(longest, r[0]);
            out.add(new Match(end - longest, end, errors));
        }
        return out;
    }

    /** Edit distance of {@code pattern} to its best match in {@code text}, or -1 when either is empty. */
    public static int bestErrors(int[] text, int[] pattern) {
        if (text.length == 0 || pattern.length == 0) return -1;
        List<int[]> ends = matchEnds(text, 0, text.length, pattern, pattern.length, true);
        return ends.isEmpty() ? pattern.length : ends.get(0)[1];
    }

    /** {end, errors} of every end position with the lowest error count (≤ maxErrors), in text order. */
    private static List<int[]> matchEnds(int[] text, int from, int to, int[] pattern, int maxErrors, boolean firstOnly) {
        List<int[]> ends = new ArrayList<>();
        int m = pattern.length;
        if (m == 0 || to <= from) return ends;
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) column[i] = i;
        int best = maxErrors;
        for (int j = from; j < to; j++) {
            int diagonal = 0; // column[0] of the previous text position: a match may start anywhere
            int c = text[j];
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                int cost = diagonal + (pattern[i - 1] == c ? 0 : 1);
                int value = Math.min(cost, Math.min(up + 1, column[i - 1] + 1));
                diagonal = up;
                column[i] = value;
            }
            int score = column[m];
            if (score <= best) {
                if (score < best) ends.clear();
                best = score;
                if (!firstOnly || ends.isEmpty()) ends.add(new int[]{j + 1, score});
            }
        }
        return ends;
    }

    private static int[] reverse(int[] a, int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = a[to - 1 - i];
        return r;
    }
}
