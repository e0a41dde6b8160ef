package dev.annals.model;

/**
 * Where an annotation sits: a half-open code-point range [start, end) plus the quoted text and up to 32
 * code points of context on each side, so it can be found again after the text changes.
 */
public record TextAnchor(int start, int end, String exact, String prefix, String suffix) {

    public static final int CONTEXT_LENGTH = 32;

    public TextAnchor {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    public int length() { return end - start; }

    public Span span() { return new Span(start, end); }
}
