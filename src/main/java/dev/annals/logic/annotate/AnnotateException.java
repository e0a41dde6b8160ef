package dev.annals.logic.annotate;

/** What the user asked for cannot be done; the message says why, in English, and {@link #reason()} says what. */
public class AnnotateException extends RuntimeException {

    public enum Reason {
        UNKNOWN_THEME, UNKNOWN_DOCUMENT, UNKNOWN_ANNOTATION, QUOTE_NOT_FOUND, OCCURRENCE_OUT_OF_RANGE,
        RANGE_OUT_OF_BOUNDS, RANGE_REVERSED, DUPLICATE_THEME, BAD_COLOR, BAD_NAME, PARENT_CYCLE
    }

    private final Reason reason;

    public AnnotateException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
