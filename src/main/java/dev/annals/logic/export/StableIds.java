package dev.annals.logic.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifiers that stay the same from one export to the next: name-based UUIDs derived from the library's own
 * UUID and the row id. A source is named by the hash of its text, so the same text gets the same GUID everywhere.
 */
final class StableIds {

    private final String library;

    StableIds(UUID libraryId) {
        this.library = libraryId.toString();
    }

    UUID annotation(long id) {
        return named("annotation", Long.toString(id));
    }

    UUID coding(long id) {
        return named("coding", Long.toString(id));
    }

    UUID theme(long id) {
        return named("theme", Long.toString(id));
    }

    UUID memo(long id) {
        return named("memo", Long.toString(id));
    }

    UUID user() {
        return named("user", "owner");
    }

    UUID project() {
        return named("project", "export");
    }

    static UUID source(String sha256) {
        return UUID.nameUUIDFromBytes(("annals:source:" + sha256).getBytes(StandardCharsets.UTF_8));
    }

    private UUID named(String kind, String id) {
        return UUID.nameUUIDFromBytes(("annals:" + library + ":" + kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
