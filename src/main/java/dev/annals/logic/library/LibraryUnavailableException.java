package dev.annals.logic.library;

/** The library folder cannot be opened; the message says why and what to do. */
public class LibraryUnavailableException extends RuntimeException {

    public enum Reason { IN_USE, CORRUPT, NEWER_SCHEMA, UNREADABLE }

    private final Reason reason;

    public LibraryUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public LibraryUnavailableException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
