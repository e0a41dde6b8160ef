package dev.annals.logic.library.formats;

/** A file that cannot be read in its format, with a reason the user can read. */
public class FormatException extends Exception {

    public FormatException(String reason) {
        super(reason);
    }
}
