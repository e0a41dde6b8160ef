package dev.annals.logic.annotate;

import java.util.List;

/**
 * What the user asked for cannot be done; the message says why, in English, {@link #reason()} says what, and
 * {@link #args()} are the values it names (a theme name, a document id…), so that an interface can word it in its
 * own language.
 */
public class AnnotateException extends RuntimeException {

    public enum Reason {
        UNKNOWN_THEME, UNKNOWN_DOCUMENT, UNKNOWN_ANNOTATION, QUOTE_NOT_FOUND, OCCURRENCE_OUT_OF_RANGE,
        RANGE_OUT_OF_BOUNDS, RANGE_REVERSED, DUPLICATE_THEME, BAD_COLOR, BAD_NAME, PARENT_CYCLE
    }

    private final Reason reason;
    private final List<Object> args;

    public AnnotateException(Reason reason, String message, Object... args) {
        super(message);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}
