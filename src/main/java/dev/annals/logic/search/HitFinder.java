package dev.annals.logic.search;

import dev.annals.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Finds where the wanted phrases of a query occur in a folded text, in code points. */
final class HitFinder {

    /** A hit of phrase number {@code phrase} of {@link ParsedQuery#wanted()}. */
    record Hit(Span span, int phrase) {
    }

    private static final int MAX_HITS = 10_000;

    private HitFinder() {
    }

    /** All hits in text order; a hit never overlaps the one before it. */
    static List<Hit> find(ParsedQuery query, TextTokens tokens) {
        List<Phrase> wanted = query.wanted();
        List<Hit> hits = new ArrayList<>();
        int coveredUntil = 0;
        for (int i = 0; i < tokens.size() && hits.size() < MAX_HITS; i++) {
            if (tokens.start(i) < coveredUntil) continue;
            for (int p = 0; p < wanted.size(); p++) {
                Phrase phrase = wanted.get(p);
                if (phrase.matchesAt(tokens, i)) {
                    Span span = new Span(tokens.start(i), tokens.end(i + phrase.words().size() - 1));
                    hits.add(new Hit(span, p));
                    coveredUntil = span.end();
                    break;
                }
            }
        }
        return hits;
    }

    /**
     * The hit whose neighbourhood holds the most different phrases of the query, the tightest such group winning
     * ("Đảng ủy" side by side beats "ủy viên Trung ương Đảng"); the first one on a tie.
     */
    static Hit best(List<Hit> hits, int window) {
        Hit best = null;
        int bestScore = -1;
        int bestSpread = Integer.MAX_VALUE;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            java.util.BitSet seen = new java.util.BitSet();
            int spread = 0;
            for (int j = i; j < hits.size() && hits.get(j).span().start() < h.span().start() + window; j++) {
                if (seen.get(hits.get(j).phrase())) continue;
                seen.set(hits.get(j).phrase());
                spread = hits.get(j).span().end() - h.span().start();
            }
            int score = seen.cardinality();
            if (score > bestScore || (score == bestScore && spread < bestSpread)) {
                bestScore = score;
                bestSpread = spread;
                best = h;
            }
        }
        return best;
    }
}
