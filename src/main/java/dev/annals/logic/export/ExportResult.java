package dev.annals.logic.export;

import java.nio.file.Path;

/**
 * What an export wrote: the file, the annotations in it, and the orphaned ones left out of a format that needs a
 * position in the current text (REFI-QDA). For a codebook, {@code written} counts themes.
 */
public record ExportResult(Path file, long written, long skippedOrphans) {
}
