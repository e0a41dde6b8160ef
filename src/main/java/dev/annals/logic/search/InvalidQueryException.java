package dev.annals.logic.search;

/** The user's query cannot be searched; {@link #reason()} says why, so each interface can word it in its language. */
public final class InvalidQueryException extends Exception {

    public enum Reason {
        /** Nothing to search for: empty, or only punctuation and operators. */
        EMPTY,
        /** Only excluded words: a search needs something to look for. */
        ONLY_EXCLUSIONS,
        /** More words than a search may hold. */
        TOO_MANY_WORDS
    }

    private final Reason reason;

    public InvalidQueryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
