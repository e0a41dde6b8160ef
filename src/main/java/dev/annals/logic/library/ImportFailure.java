package dev.annals.logic.library;

/** A file that cannot be imported, with a reason the user can read. */
public class ImportFailure extends Exception {

    public ImportFailure(String reason) {
        super(reason);
    }
}
