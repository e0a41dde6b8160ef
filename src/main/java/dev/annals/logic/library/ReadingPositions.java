package dev.annals.logic.library;

import java.util.Optional;

/** Where the reader left each document: the code-point offset of the first paragraph in view. */
public final class ReadingPositions {

    private static final String PREFIX = "reader.position.";

    private final LibrarySettings settings;

    public ReadingPositions(LibrarySettings settings) {
        this.settings = settings;
    }

    public Optional<Integer> find(long docId) {
        return settings.get(PREFIX + docId).flatMap(ReadingPositions::parse);
    }

    public void remember(long docId, int offset) {
        if (offset < 0) throw new IllegalArgumentException("negative offset " + offset);
        settings.put(PREFIX + docId, Integer.toString(offset));
    }

    private static Optional<Integer> parse(String value) {
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
