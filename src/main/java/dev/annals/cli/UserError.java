package dev.annals.cli;

/** A problem with what the user asked for; printed as one line on stderr with its exit status. */
public class UserError extends RuntimeException {

    private final int status;

    public UserError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
