package dev.annals.ui.reader;

import dev.annals.model.Span;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computes the style spans of a whole document in one sweep over the sorted start and end events of its
 * highlights and find matches. Where annotations overlap, their theme colours blend into a stronger tint and
 * the innermost one underlines the run (the coding stripes show every theme; see ADR 0600).
 */
final class SpanStyles {

    static final double SINGLE_ALPHA = 0.26;
    static final double EXTRA_ALPHA = 0.14;
    static final double MAX_ALPHA = 0.60;

    private SpanStyles() {
    }

    static StyleSpans<SpanStyle> compute(OffsetMap offsets, int utf16Length, List<Highlight> highlights,
                                         List<Span> finds, int currentFind, Ink ink) {
        int n = highlights.size() + finds.size();
        long[] events = new long[n * 2];
        int e = 0;
        for (int i = 0; i < highlights.size(); i++) {
            Span r = highlights.get(i).range();
            events[e++] = event(offsets.toUtf16(r.start()), 1, i);
            events[e++] = event(offsets.toUtf16(r.end()), 0, i);
        }
        for (int i = 0; i < finds.size(); i++) {
            Span r = finds.get(i);
            events[e++] = event(offsets.toUtf16(r.start()), 1, highlights.size() + i);
            events[e++] = event(offsets.toUtf16(r.end()), 0, highlights.size() + i);
        }
        Arrays.sort(events);
        StyleSpansBuilder<SpanStyle> spans = new StyleSpansBuilder<>(Math.max(16, n * 2));
        List<Highlight> active = new ArrayList<>();
        SpanStyle.FindMark find = SpanStyle.FindMark.NONE;
        int at = 0;
        for (long ev : events) {
            int pos = Math.min((int) (ev >>> 32), utf16Length);
            if (pos > at) {
                spans.add(style(active, find, ink), pos - at);
                at = pos;
            }
            boolean starts = ((ev >>> 31) & 1) == 1;
            int index = (int) (ev & 0x7fffffffL);
            if (index >= highlights.size()) {
                int f = index - highlights.size();
                find = !starts ? SpanStyle.FindMark.NONE
                        : f == currentFind ? SpanStyle.FindMark.CURRENT : SpanStyle.FindMark.MATCH;
            } else if (starts) {
                active.add(highlights.get(index));
            } else {
                active.remove(highlights.get(index));
            }
        }
        spans.add(SpanStyle.PLAIN, Math.max(0, utf16Length - at));
        return spans.create();
    }

    /** Ends sort before starts at the same position, so adjacent ranges do not overlap. */
    private static long event(int pos, int starts, int index) {
        return ((long) pos << 32) | ((long) starts << 31) | index;
    }

    private static SpanStyle style(List<Highlight> active, SpanStyle.FindMark find, Ink ink) {
        if (active.isEmpty()) return find == SpanStyle.FindMark.NONE ? SpanStyle.PLAIN
                : new SpanStyle(List.of(), ink.find(find), null, 0, find);
        List<Long> ids = new ArrayList<>(active.size());
        double r = 0, g = 0, b = 0;
        for (Highlight h : active) {
            ids.add(h.annotationId());
            r += h.color().getRed();
            g += h.color().getGreen();
            b += h.color().getBlue();
        }
        int k = active.size();
        double alpha = Math.min(MAX_ALPHA, SINGLE_ALPHA + EXTRA_ALPHA * (k - 1));
        Color tint = find == SpanStyle.FindMark.NONE ? new Color(r / k, g / k, b / k, alpha) : ink.find(find);
        Color underline = active.get(k - 1).mark();
        return new SpanStyle(ids, tint, underline, k > 1 ? 2.5 : 1.5, find);
    }
}
