package dev.annals.logic.export;

import java.nio.file.Path;

/** An export target Annals will not write, whatever --force says; nothing was written. */
public final class TargetRefusedException extends RuntimeException {

    /** Why: a place inside the library folder, a device/FIFO/socket, or a folder. */
    public enum Kind { INSIDE_LIBRARY, NOT_A_REGULAR_FILE, FOLDER }

    private final Kind kind;
    private final Path target;

    TargetRefusedException(Kind kind, Path target, Path library) {
        super(switch (kind) {
            case INSIDE_LIBRARY -> target + " is inside the library folder " + library
                    + "; Annals keeps its database and backups there and never writes exports into it. Choose another place";
            case NOT_A_REGULAR_FILE -> target + " is not a regular file (a device, a named pipe or a socket); choose a file";
            case FOLDER -> target + " is a folder; give the name of the file to write";
        });
        this.kind = kind;
        this.target = target;
    }

    public Kind kind() {
        return kind;
    }

    public Path target() {
        return target;
    }
}
