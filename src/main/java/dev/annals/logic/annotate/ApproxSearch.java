package dev.annals.logic.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate string matching (Levenshtein distance, Myers' bit-parallel algorithm): the substrings of a
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

    /**
     * {end, errors} of every end position with the lowest error count (≤ maxErrors), in text order. Myers'
     * bit-parallel algorithm in 64-row blocks (Hyyrö's formulation, as in approx-string-match): the edit
     * distance of the whole pattern at each text position in O(⌈m/64⌉) word operations.
     */
    private static List<int[]> matchEnds(int[] text, int from, int to, int[] pattern, int maxErrors, boolean firstOnly) {
        List<int[]> ends = new ArrayList<>();
        int m = pattern.length;
        if (m == 0 || to <= from) return ends;
        PatternMasks masks = new PatternMasks(pattern, to - from > 2048);
        int blocks = masks.blocks;
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        java.util.Arrays.fill(pv, -1L);
        long lastRow = 1L << ((m - 1) % 64);
        int score = m;
        int best = maxErrors;
        for (int j = from; j < to; j++) {
            long[] eqs = masks.of(text[j]);
            int carry = 0;
            for (int b = 0; b < blocks; b++) {
                long eq = (eqs == null ? 0L : eqs[b]) | (carry < 0 ? 1L : 0L);
                long p = pv[b];
                long mm = mv[b];
                long xv = eq | mm;
                long xh = (((eq & p) + p) ^ p) | eq;
                long ph = mm | ~(xh | p);
                long mh = p & xh;
                long rowBit = b == blocks - 1 ? lastRow : Long.MIN_VALUE;
                int out = ((ph & rowBit) != 0 ? 1 : 0) - ((mh & rowBit) != 0 ? 1 : 0);
                ph <<= 1;
                mh <<= 1;
                if (carry < 0) mh |= 1L;
                else if (carry > 0) ph |= 1L;
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                carry = out;
            }
            score += carry;
            if (score <= best) {
                if (score < best) ends.clear();
                best = score;
                if (!firstOnly || ends.isEmpty()) ends.add(new int[]{j + 1, score});
            }
        }
        return ends;
    }

    /** For each code point of the pattern, the bit mask of the rows (per 64-row block) where it occurs. */
    private static final class PatternMasks {
        private static final int DIRECT = 0x2000; // Latin, Vietnamese, Greek, Cyrillic… without hashing
        final int blocks;
        private final long[][] direct;
        private final java.util.Map<Integer, long[]> others = new java.util.HashMap<>();

        /** Short texts (context windows, scored often) skip the direct table's allocation. */
        PatternMasks(int[] pattern, boolean directTable) {
            blocks = (pattern.length + 63) / 64;
            direct = directTable ? new long[DIRECT][] : null;
            for (int i = 0; i < pattern.length; i++) {
                int c = pattern[i];
                boolean isDirect = direct != null && c < DIRECT;
                long[] masks = isDirect ? direct[c] : others.get(c);
                if (masks == null) {
                    masks = new long[blocks];
                    if (isDirect) direct[c] = masks;
                    else others.put(c, masks);
                }
                masks[i / 64] |= 1L << (i % 64);
            }
        }

        long[] of(int c) {
            return direct != null && c >= 0 && c < DIRECT ? direct[c] : others.get(c);
        }
    }

    private static int[] reverse(int[] a, int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = a[to - 1 - i];
        return r;
    }
}
