package dev.annals.ui.shell;

import java.util.Locale;
import java.util.Optional;

/** The look of the window: AtlantaFX Primer light or dark, or a warm sepia reading mode built on light. */
public enum ThemeMode {
    LIGHT, DARK, SEPIA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThemeMode> fromId(String id) {
        for (ThemeMode m : values()) if (m.id().equals(id)) return Optional.of(m);
        return Optional.empty();
    }
}
