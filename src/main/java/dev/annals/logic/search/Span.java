package dev.annals.logic.search;

/** A half-open code-point range [start, end). */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
}
