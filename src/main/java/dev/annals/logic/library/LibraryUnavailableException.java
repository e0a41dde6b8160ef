package dev.annals.logic.library;

import java.nio.file.Path;

/**
 * The library folder cannot be opened or used; the message says why and what to do. For a damaged library it
 * names the newest good backup, which {@link #newestBackup()} also gives (null when there is none).
 */
public class LibraryUnavailableException extends RuntimeException {

    public enum Reason { IN_USE, CORRUPT, NEWER_SCHEMA, UNREADABLE, READ_ONLY, DISK_FULL }

    private final Reason reason;
    private final transient Path newestBackup;

    public LibraryUnavailableException(Reason reason, String message, Throwable cause, Path newestBackup) {
        super(message, cause);
        this.reason = reason;
        this.newestBackup = newestBackup;
    }

    public LibraryUnavailableException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    public LibraryUnavailableException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path newestBackup() {
        return newestBackup;
    }
}
