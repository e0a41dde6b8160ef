package dev.annals.cli;

import java.nio.file.Path;

/** What `annals screenshot` asks for: a view of the library in a mode, at a size and interface zoom, saved as a PNG. */
public record ScreenshotRequest(Path libraryFolder, String lang, String view, Path out, Long docId, String mode,
                                int width, int height, int zoomPercent, String query) {
}
