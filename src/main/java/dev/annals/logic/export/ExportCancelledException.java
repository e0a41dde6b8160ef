package dev.annals.logic.export;

/** The user stopped an export; no file was written. */
public final class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("the export was cancelled; no file was written");
    }
}
