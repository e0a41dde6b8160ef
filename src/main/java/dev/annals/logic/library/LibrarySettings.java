package dev.annals.logic.library;

import java.util.Optional;

/** Small named values kept in the library (flags, the user's choices that travel with the library). */
public interface LibrarySettings {

    Optional<String> get(String key);

    void put(String key, String value);
}
