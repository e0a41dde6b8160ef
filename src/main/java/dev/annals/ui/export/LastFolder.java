package dev.annals.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/** The folder the user last exported to, remembered between sessions. */
public interface LastFolder {

    Optional<Path> get();

    void remember(Path folder);

    /** Kept in the user's Java preferences (per user, not per library: people export to the same place). */
    static LastFolder inPreferences() {
        Preferences node = Preferences.userRoot().node("dev/annals/export");
        return new LastFolder() {
            @Override
            public Optional<Path> get() {
                return Optional.ofNullable(node.get("lastFolder", null)).map(Path::of).filter(Files::isDirectory);
            }

            @Override
            public void remember(Path folder) {
                node.put("lastFolder", folder.toAbsolutePath().toString());
            }
        };
    }
}
