package dev.annals.logic.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts a passage of the real text around a hit, on word boundaries, with the hits in it highlighted. */
final class Snippets {

    static final int BEFORE = 60;
    static final int LENGTH = 220;

    private Snippets() {
    }

    static Snippet around(String text, Span focus, List<HitFinder.Hit> hits) {
        int[] cps = text.codePoints().toArray();
        int start = Math.max(0, focus.start() - BEFORE);
        if (start > 0) start = afterSpace(cps, start, focus.start());
        int end = Math.min(cps.length, Math.max(start + LENGTH, focus.end()));
        if (end < cps.length) end = beforeSpace(cps, end, focus.end());
        List<Span> highlights = new ArrayList<>();
        for (HitFinder.Hit h : hits) {
            Span s = h.span();
            if (s.end() <= start || s.start() >= end) continue;
            Span clipped = new Span(Math.max(s.start(), start) - start, Math.min(s.end(), end) - start);
            int last = highlights.size() - 1;
            if (last >= 0 && onlySpaces(cps, start + highlights.get(last).end(), start + clipped.start())) {
                highlights.set(last, new Span(highlights.get(last).start(), clipped.end()));
            } else {
                highlights.add(clipped);
            }
        }
        int[] passage = new int[end - start];
        for (int i = start; i < end; i++) passage[i - start] = Character.isWhitespace(cps[i]) ? ' ' : cps[i];
        return new Snippet(new String(passage, 0, passage.length), highlights, start > 0, end < cps.length);
    }

    /** Hits separated only by spaces read as one highlight: "[Công an]", not "[Công] [an]". */
    private static boolean onlySpaces(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(cps[i])) return false;
        }
        return true;
    }

    /** Moves forward to just after a space, without passing {@code limit}. */
    private static int afterSpace(int[] cps, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(cps[i - 1])) return i;
        }
        return from;
    }

    /** Moves back to a space, without going before {@code limit}. */
    private static int beforeSpace(int[] cps, int from, int limit) {
        for (int i = from; i > limit; i--) {
            if (Character.isWhitespace(cps[i])) return i;
        }
        return from;
    }
}
