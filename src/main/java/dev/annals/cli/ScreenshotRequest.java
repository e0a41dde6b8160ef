package dev.annals.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What `annals screenshot` asks for: a view of the library in a mode, at a size and interface zoom, saved as a PNG;
 * {@code compare} the conference ids the compare view shows (empty: the first two on the timeline).
 */
public record ScreenshotRequest(Path libraryFolder, String lang, String view, Path out, Long docId, String mode,
                                int width, int height, int zoomPercent, String query, List<Long> compare) {

    public ScreenshotRequest {
        compare = compare == null ? List.of() : List.copyOf(compare);
    }
}
