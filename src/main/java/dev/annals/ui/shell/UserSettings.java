package dev.annals.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The user's own choices, kept per user (not in the library): window, last view and document, look, language. */
public final class UserSettings {

    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;

    private final SettingsStore store;

    public UserSettings(SettingsStore store) {
        this.store = store;
    }

    public WindowBounds window() {
        try {
            String[] p = store.get("window.bounds").orElse("").split(",");
            if (p.length != 5) return WindowBounds.DEFAULT;
            return new WindowBounds(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    Double.parseDouble(p[3]), Boolean.parseBoolean(p[4]));
        } catch (NumberFormatException e) {
            return WindowBounds.DEFAULT;
        }
    }

    public void setWindow(WindowBounds b) {
        store.put("window.bounds", String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", b.x(), b.y(), b.width(), b.height(), b.maximized()));
    }

    public Optional<Section> lastView() {
        return store.get("view.last").flatMap(Section::fromId);
    }

    public void setLastView(Section section) {
        store.put("view.last", section.id());
    }

    public OptionalLong lastDocument() {
        try {
            return store.get("document.last").map(s -> OptionalLong.of(Long.parseLong(s))).orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public void setLastDocument(long docId) {
        store.put("document.last", Long.toString(docId));
    }

    public ThemeMode theme() {
        return store.get("theme.mode").flatMap(ThemeMode::fromId).orElse(ThemeMode.LIGHT);
    }

    public void setTheme(ThemeMode mode) {
        store.put("theme.mode", mode.id());
    }

    public double uiScale() {
        try {
            double scale = Double.parseDouble(store.get("ui.scale").orElse("1"));
            return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public void setUiScale(double scale) {
        store.put("ui.scale", String.format(Locale.ROOT, "%.2f", scale));
    }

    /** The folder the user last exported to (per user, not per library: people export to the same place). */
    public Optional<Path> exportFolder() {
        return store.get("export.folder").map(Path::of);
    }

    public void setExportFolder(Path folder) {
        store.put("export.folder", folder.toAbsolutePath().toString());
    }

    /** Whether the first-start tips were seen (or dismissed): they are never shown again. */
    public boolean tourSeen() {
        return store.get("tour.seen").isPresent();
    }

    public void setTourSeen() {
        store.put("tour.seen", "yes");
    }

    public Optional<String> language() {
        return store.get("ui.language").filter(l -> l.equals("vi") || l.equals("en"));
    }

    public void setLanguage(String lang) {
        store.put("ui.language", lang);
    }

    /** --lang wins, then the saved choice, then the OS locale; anything but Vietnamese is English. */
    public static String resolveLanguage(String commandLine, Optional<String> saved, Locale os) {
        if (commandLine != null) return commandLine;
        return saved.orElse("vi".equals(os.getLanguage()) ? "vi" : "en");
    }
}
