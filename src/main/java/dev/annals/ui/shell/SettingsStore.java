package dev.annals.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Where per-user settings live (java.util.prefs in the app, a map in tests and screenshots). */
public interface SettingsStore {

    Optional<String> get(String key);

    void put(String key, String value);

    /** Settings that last only as long as the process. */
    static SettingsStore inMemory() {
        Map<String, String> values = new HashMap<>();
        return new SettingsStore() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
