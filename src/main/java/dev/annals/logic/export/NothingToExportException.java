package dev.annals.logic.export;

/** The export would produce a file the standard does not allow (such as an empty codebook); nothing was written. */
public final class NothingToExportException extends RuntimeException {

    public NothingToExportException(String message) {
        super(message);
    }
}
