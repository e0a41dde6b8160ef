package dev.annals.logic.people;

/** An edit of the people index that cannot be done; {@code subject} is the name or form it was asked for. */
public final class PeopleEditException extends RuntimeException {

    public enum Reason {
        /** A new name that is blank. */
        EMPTY_NAME,
        /** A merge of fewer than two different people. */
        ONE_PERSON,
        /** A written form no person has. */
        UNKNOWN_FORM,
        /** A form that is already a person of its own: nothing to split it from. */
        ALREADY_ALONE
    }

    private final Reason reason;
    private final String subject;

    public PeopleEditException(Reason reason, String subject) {
        super(reason + ": " + subject);
        this.reason = reason;
        this.subject = subject;
    }

    public Reason reason() { return reason; }

    public String subject() { return subject; }
}
