package dev.annals.ui.reader;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Objects;

/** Where two stylings of the same text differ: the smallest range outside which they are equal. */
final class SpanDiff {

    private SpanDiff() {
    }

    /** [from, to) in UTF-16 indices, or null when the two are the same. */
    static int[] changedRange(StyleSpans<SpanStyle> a, StyleSpans<SpanStyle> b) {
        int length = Math.min(a.length(), b.length());
        int from = firstDifference(a, b, length);
        if (from < 0) return a.length() == b.length() ? null : new int[]{length, Math.max(a.length(), b.length())};
        int to = length - lastDifference(a, b, length);
        return new int[]{from, Math.max(from, to)};
    }

    private static int firstDifference(StyleSpans<SpanStyle> a, StyleSpans<SpanStyle> b, int length) {
        int i = 0, j = 0, endA = 0, endB = 0, pos = 0;
        while (pos < length && i < a.getSpanCount() && j < b.getSpanCount()) {
            StyleSpan<SpanStyle> sa = a.getStyleSpan(i), sb = b.getStyleSpan(j);
            if (!Objects.equals(sa.getStyle(), sb.getStyle())) return pos;
            int nextA = endA + sa.getLength(), nextB = endB + sb.getLength();
            pos = Math.min(nextA, nextB);
            if (nextA == pos) { endA = nextA; i++; }
            if (nextB == pos) { endB = nextB; j++; }
        }
        return -1;
    }

    /** How many chars at the end are styled alike. */
    private static int lastDifference(StyleSpans<SpanStyle> a, StyleSpans<SpanStyle> b, int length) {
        int i = a.getSpanCount() - 1, j = b.getSpanCount() - 1, doneA = 0, doneB = 0, same = 0;
        while (same < length && i >= 0 && j >= 0) {
            StyleSpan<SpanStyle> sa = a.getStyleSpan(i), sb = b.getStyleSpan(j);
            if (!Objects.equals(sa.getStyle(), sb.getStyle())) return same;
            int nextA = doneA + sa.getLength(), nextB = doneB + sb.getLength();
            same = Math.min(nextA, nextB);
            if (nextA == same) { doneA = nextA; i--; }
            if (nextB == same) { doneB = nextB; j--; }
        }
        return Math.min(same, length);
    }
}
