package dev.annals.logic.annotate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzy quote matching scored like Hypothesis's match-quote: the candidates are the closest approximate matches
 * of the quote (at most min(256, length/2) errors), each scored by quote similarity, prefix and suffix
 * similarity and closeness to the hint: (50·quote + 20·prefix + 20·suffix + 2·position) / 92.
 * See docs/decisions/0300-anchoring-order-and-scores.md.
 */
public final class QuoteMatcher {

    public record Scored(int start, int end, double score, double quoteSimilarity) {
    }

    private static final double QUOTE_WEIGHT = 50;
    private static final double PREFIX_WEIGHT = 20;
    private static final double SUFFIX_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 2;
    private static final double MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

    private QuoteMatcher() {
    }

    /** The best-scoring match of {@code quote} in {@code text}; prefix, suffix and hint may be null. */
    public static Optional<Scored> match(int[] text, int[] quote, int[] prefix, int[] suffix, Integer hint) {
        if (quote.length == 0) return Optional.empty();
        int maxErrors = Math.min(256, quote.length / 2);
        List<ApproxSearch.Match> matches = ApproxSearch.search(text, quote, maxErrors);
        return matches.stream()
                .map(m -> score(text, m.start(), m.end(), m.errors(), quote.length, prefix, suffix, hint))
                .max(Comparator.comparingDouble(Scored::score).thenComparing(Comparator.comparingInt(Scored::start).reversed()));
    }

    /** The score of the candidate [start, end) with this many quote errors. */
    static Scored score(int[] text, int start, int end, int errors, int quoteLength, int[] prefix, int[] suffix, Integer hint) {
        double quoteScore = 1 - (double) errors / quoteLength;
        double prefixScore = contextScore(text, Math.max(0, start - length(prefix)), start, prefix);
        double suffixScore = contextScore(text, end, Math.min(text.length, end + length(suffix)), suffix);
        double positionScore = hint == null || text.length == 0 ? 1.0 : 1.0 - (double) Math.abs(start - hint) / text.length;
        double raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
        return new Scored(start, end, raw / MAX_SCORE, quoteScore);
    }

    /** Similarity of the context to the same-length window of text: 1 when no context was given. */
    static double contextScore(int[] text, int from, int to, int[] context) {
        if (context == null || context.length == 0) return 1.0;
        if (to <= from) return 0.0;
        int[] window = java.util.Arrays.copyOfRange(text, from, to);
        return 1 - (double) ApproxSearch.bestErrors(window, context) / context.length;
    }

    private static int length(int[] a) {
        return a == null ? 0 : a.length;
    }
}
