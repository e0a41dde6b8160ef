package dev.annals.logic.export;

import java.time.Instant;

/**
 * One annotation read from a Web Annotation file, before it is placed: its theme, note, the hash of the text it
 * was made on (null when the source is not a {@code urn:sha256:}), its quote and context, and its code-point
 * position when given (-1 otherwise). {@code problem} is set instead when the item cannot be used.
 */
record IncomingAnnotation(int index, String id, String theme, String note, String sourceHash, String exact,
                          String prefix, String suffix, int start, int end, Instant created, Instant modified,
                          String problem) {

    static IncomingAnnotation invalid(int index, String id, String problem) {
        return new IncomingAnnotation(index, id, null, null, null, null, null, null, -1, -1, null, null, problem);
    }

    boolean hasPosition() {
        return start >= 0 && end >= start;
    }

    boolean hasQuote() {
        return exact != null && !exact.isEmpty();
    }
}
