package dev.annals.logic.search;

import dev.annals.model.Span;

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
        int[] before = new int[end - start + 1];
        StringBuilder passage = new StringBuilder();
        int written = 0;
        boolean afterSpace = true;
        for (int i = start; i < end; i++) {
            before[i - start] = written;
            boolean space = Character.isWhitespace(cps[i]);
            if (space && afterSpace) continue;
            passage.appendCodePoint(space ? ' ' : cps[i]);
            written++;
            afterSpace = space;
        }
        before[end - start] = written;
        if (afterSpace && written > 0) {
            passage.setLength(passage.length() - 1);
            written--;
        }
        List<Span> highlights = new ArrayList<>();
        int previousEnd = -1;
        for (HitFinder.Hit h : hits) {
            Span s = h.span();
            if (s.end() <= start || s.start() >= end) continue;
            Span clipped = new Span(before[Math.max(s.start(), start) - start], Math.min(written, before[Math.min(s.end(), end) - start]));
            int last = highlights.size() - 1;
            if (last >= 0 && onlySpaces(cps, previousEnd, s.start())) {
                highlights.set(last, new Span(highlights.get(last).start(), clipped.end()));
            } else {
                highlights.add(clipped);
            }
            previousEnd = s.end();
        }
        return new Snippet(passage.toString(), highlights, start > 0, end < cps.length);
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
