package dev.annals.ui.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * The look of the window: AtlantaFX Primer light or dark, a warm sepia reading mode built on light, or high
 * contrast (white and yellow on black) built on dark.
 */
public enum ThemeMode {
    LIGHT, DARK, SEPIA, HIGH_CONTRAST;

    /** "light", "dark", "sepia", "high-contrast": in settings, menu ids and the screenshot command. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ThemeMode> fromId(String id) {
        for (ThemeMode m : values()) if (m.id().equals(id)) return Optional.of(m);
        return Optional.empty();
    }
}
