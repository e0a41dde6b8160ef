package dev.annals.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library lives by default ($ANNALS_HOME, else the operating system's per-user data folder), and the
 * per-user cache folder for files Annals can always make again.
 */
final class DataFolders {

    private DataFolders() {
    }

    static Path defaultLibrary(Map<String, String> env, String osName, String userHome) {
        String annalsHome = env.get("ANNALS_HOME");
        if (annalsHome != null && !annalsHome.isBlank()) return Path.of(annalsHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome + "\\AppData\\Roaming");
            return Path.of(appData, "Annals");
        }
        if (os.contains("mac")) return Path.of(userHome, "Library", "Application Support", "Annals");
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "annals") : Path.of(userHome, ".local", "share", "annals");
    }

    static Path cache(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.getOrDefault("LOCALAPPDATA", userHome + "\\AppData\\Local");
            return Path.of(localAppData, "Annals", "Cache");
        }
        if (os.contains("mac")) return Path.of(userHome, "Library", "Caches", "Annals");
        String xdg = env.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "annals") : Path.of(userHome, ".cache", "annals");
    }
}
