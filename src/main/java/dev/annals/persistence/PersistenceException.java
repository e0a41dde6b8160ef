package dev.annals.persistence;

/** A database error that the caller cannot fix; logged, and shown to the user as a short message. */
public class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
