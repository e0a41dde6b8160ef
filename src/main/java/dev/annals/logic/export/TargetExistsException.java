package dev.annals.logic.export;

import java.nio.file.Path;

/** The export file already exists and overwriting was not allowed. */
public final class TargetExistsException extends RuntimeException {

    private final Path target;

    public TargetExistsException(Path target) {
        super(target + " already exists (use --force to overwrite it)");
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
