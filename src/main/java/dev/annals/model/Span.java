package dev.annals.model;

/** A half-open code-point range [start, end) of a text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }

    public int length() { return end - start; }

    public boolean isEmpty() { return start == end; }

    /** Whether the two ranges share a code point, or an empty one lies inside the other. */
    public boolean overlaps(Span other) { return start < other.end && other.start < end; }
}
