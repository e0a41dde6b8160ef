package dev.annals.logic.annotate;

import dev.annals.model.Span;
import dev.annals.model.TextAnchor;

import java.util.Optional;

/**
 * Finds where an annotation belongs in a (possibly changed) text. The order, from the issue and
 * docs/decisions/0300-anchoring-order-and-scores.md:
 * <ol>
 *   <li>the exact quote at its stored position;</li>
 *   <li>the exact quote nearest that position, among occurrences whose context still resembles the stored
 *       prefix/suffix (the context breaks ties of distance);</li>
 *   <li>a fuzzy match scored like Hypothesis, accepted only at or above {@link #MIN_SCORE} and {@link #MIN_QUOTE_SIMILARITY};</li>
 *   <li>otherwise nothing: the annotation is orphaned, never moved onto unrelated text.</li>
 * </ol>
 * All offsets are code points.
 */
public final class Anchorer {

    /** Hypothesis's own matcher scores a deleted passage's neighbour at 0.742 (edit-05); real edits score above 0.85. */
    public static final double MIN_SCORE = 0.80;
    public static final double MIN_QUOTE_SIMILARITY = 0.75;
    /** An exact occurrence elsewhere counts only when its context is at least this similar (average of both sides). */
    static final double MIN_CONTEXT_FOR_EXACT = 0.5;

    private Anchorer() {
    }

    /** Where {@code hint} belongs in {@code text}, or empty when it must be orphaned. */
    public static Optional<Span> anchor(String text, TextAnchor hint) {
        return anchor(cp(text), hint);
    }

    /** The same on a text already split into code points (re-anchoring many annotations of one text). */
    public static Optional<Span> anchor(int[] text, TextAnchor hint) {
        int[] quote = cp(hint.exact());
        if (quote.length == 0) return Optional.empty();
        int[] prefix = cp(hint.prefix());
        int[] suffix = cp(hint.suffix());
        if (hint.end() <= text.length && hint.length() == quote.length && regionEquals(text, hint.start(), quote)) {
            return Optional.of(new Span(hint.start(), hint.end()));
        }
        Optional<Span> nearest = nearestExact(text, quote, prefix, suffix, hint.start());
        if (nearest.isPresent()) return nearest;
        return QuoteMatcher.match(text, quote, prefix, suffix, Math.min(hint.start(), text.length))
                .filter(m -> m.score() >= MIN_SCORE && m.quoteSimilarity() >= MIN_QUOTE_SIMILARITY)
                .map(m -> new Span(m.start(), m.end()));
    }

    /** The anchor of [start, end) in {@code text}: its quote and up to 32 code points of context each side. */
    public static TextAnchor describe(String text, Span span) {
        int from = text.offsetByCodePoints(0, span.start());
        int to = text.offsetByCodePoints(from, span.length());
        int prefixFrom = offsetBack(text, from, TextAnchor.CONTEXT_LENGTH);
        int suffixTo = offsetForward(text, to, TextAnchor.CONTEXT_LENGTH);
        return new TextAnchor(span.start(), span.end(), text.substring(from, to), text.substring(prefixFrom, from), text.substring(to, suffixTo));
    }

    /** The same on a text already split into code points (re-anchoring many annotations of one long text). */
    public static TextAnchor describe(int[] text, Span span) {
        int prefixFrom = Math.max(0, span.start() - TextAnchor.CONTEXT_LENGTH);
        int suffixTo = Math.min(text.length, span.end() + TextAnchor.CONTEXT_LENGTH);
        return new TextAnchor(span.start(), span.end(), new String(text, span.start(), span.length()),
                new String(text, prefixFrom, span.start() - prefixFrom), new String(text, span.end(), suffixTo - span.end()));
    }

    /**
     * Searches windows growing around the hint, so the usual case (the passage moved a little) does not scan
     * the whole text; stops once every position nearer than the best acceptable occurrence has been checked.
     */
    private static Optional<Span> nearestExact(int[] text, int[] quote, int[] prefix, int[] suffix, int hint) {
        int lastStart = text.length - quote.length;
        if (lastStart < 0) return Optional.empty();
        int h = Math.max(0, Math.min(hint, lastStart));
        int lo = h;
        int hi = h;
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        double bestContext = -1;
        for (long w = 64; ; w *= 2) {
            int newLo = (int) Math.max(0, h - w);
            int newHi = (int) Math.min(lastStart + 1L, h + w);
            for (int at = newLo; at < newHi; at++) {
                if (at == lo && lo < hi) at = hi; // already searched
                if (at >= newHi || !regionEquals(text, at, quote)) continue;
                long distance = Math.abs((long) at - h);
                if (distance > bestDistance) continue;
                double context = context(text, at, quote.length, prefix, suffix);
                if (context >= MIN_CONTEXT_FOR_EXACT && (distance < bestDistance || context > bestContext)) {
                    best = at;
                    bestDistance = distance;
                    bestContext = context;
                }
            }
            lo = newLo;
            hi = newHi;
            if ((best >= 0 && bestDistance <= w) || (lo == 0 && hi == lastStart + 1)) break;
        }
        return best < 0 ? Optional.empty() : Optional.of(new Span(best, best + quote.length));
    }

    private static double context(int[] text, int at, int length, int[] prefix, int[] suffix) {
        return (QuoteMatcher.contextScore(text, Math.max(0, at - prefix.length), at, prefix)
                + QuoteMatcher.contextScore(text, at + length, Math.min(text.length, at + length + suffix.length), suffix)) / 2;
    }

    static int indexOf(int[] text, int[] quote, int from) {
        int last = text.length - quote.length;
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            if (text[i] != quote[0]) continue;
            for (int k = 1; k < quote.length; k++) if (text[i + k] != quote[k]) continue outer;
            return i;
        }
        return -1;
    }

    private static boolean regionEquals(int[] text, int at, int[] quote) {
        if (at < 0 || at + quote.length > text.length) return false;
        for (int k = 0; k < quote.length; k++) if (text[at + k] != quote[k]) return false;
        return true;
    }

    public static int[] cp(String s) {
        if (s == null) return new int[0];
        int[] out = new int[s.codePointCount(0, s.length())]; // a plain loop: the stream's buffers cost more than the work
        for (int i = 0, n = 0; i < s.length(); n++) {
            int c = s.codePointAt(i);
            out[n] = c;
            i += Character.charCount(c);
        }
        return out;
    }

    private static int offsetBack(String text, int index, int codePoints) {
        int i = index;
        for (int n = 0; n < codePoints && i > 0; n++) i = text.offsetByCodePoints(i, -1);
        return i;
    }

    private static int offsetForward(String text, int index, int codePoints) {
        int i = index;
        for (int n = 0; n < codePoints && i < text.length(); n++) i = text.offsetByCodePoints(i, 1);
        return i;
    }
}
