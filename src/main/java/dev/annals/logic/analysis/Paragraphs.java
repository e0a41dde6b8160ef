package dev.annals.logic.analysis;

import dev.annals.model.Annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Cuts a document's passages into the paragraphs they touch; a paragraph is the text between two line breaks. */
final class Paragraphs {

    private Paragraphs() {
    }

    /** For each paragraph with a passage, its passages in order; a passage across a line break is in both paragraphs. */
    static List<List<Annotation>> groups(String text, List<Annotation> passages) {
        List<Integer> breaks = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n') breaks.add(cp);
            i += Character.charCount(c);
            cp++;
        }
        Map<Integer, List<Annotation>> byParagraph = new TreeMap<>();
        for (Annotation a : passages) {
            int first = paragraphOf(breaks, a.anchor().start());
            int last = paragraphOf(breaks, Math.max(a.anchor().start(), a.anchor().end() - 1));
            for (int p = first; p <= last; p++) byParagraph.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
        }
        return new ArrayList<>(byParagraph.values());
    }

    /** How many line breaks come before {@code offset}. */
    private static int paragraphOf(List<Integer> breaks, int offset) {
        int lo = 0;
        int hi = breaks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breaks.get(mid) < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
