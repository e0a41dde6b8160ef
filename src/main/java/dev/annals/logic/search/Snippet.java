package dev.annals.logic.search;

import dev.annals.model.Span;

import java.util.List;

/**
 * A short passage of the real text around a hit. {@code highlights} are code-point ranges into {@code text};
 * {@code cutBefore}/{@code cutAfter} say whether the passage starts or ends inside the text.
 */
public record Snippet(String text, List<Span> highlights, boolean cutBefore, boolean cutAfter) {

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The passage with each highlight between {@code open} and {@code close}, and "…" where it was cut. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder();
        if (cutBefore) out.append('…');
        int[] cps = text.codePoints().toArray();
        int at = 0;
        for (Span h : highlights) {
            out.append(new String(cps, at, h.start() - at)).append(open).append(new String(cps, h.start(), h.end() - h.start())).append(close);
            at = h.end();
        }
        out.append(new String(cps, at, cps.length - at));
        if (cutAfter) out.append('…');
        return out.toString();
    }
}
