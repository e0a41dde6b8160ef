package dev.annals.app;

import dev.annals.ui.shell.SettingsStore;

import java.util.Optional;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Per-user settings in java.util.prefs under dev/annals (the registry on Windows, ~/.java on Linux, plist on macOS). */
final class PreferencesStore implements SettingsStore {

    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());

    private final Preferences node;

    PreferencesStore(Preferences node) {
        this.node = node;
    }

    static PreferencesStore forUser() {
        return new PreferencesStore(Preferences.userRoot().node("dev/annals"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
    }

    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warning("cannot save the user settings: " + e.getMessage());
        }
    }
}
