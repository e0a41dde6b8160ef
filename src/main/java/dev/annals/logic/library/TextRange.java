package dev.annals.logic.library;

/** A half-open code-point range [start, end) of a document's text. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }

    public boolean isEmpty() {
        return end == start;
    }
}
