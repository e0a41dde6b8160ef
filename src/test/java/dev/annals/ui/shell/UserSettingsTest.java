package dev.annals.ui.shell;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UserSettingsTest {

    private final UserSettings settings = new UserSettings(SettingsStore.inMemory());

    @Test
    void commandLineLanguageWinsOverSavedAndOsLocale() {
        assertThat(UserSettings.resolveLanguage("en", Optional.of("vi"), Locale.forLanguageTag("vi-VN"))).isEqualTo("en");
    }

    @Test
    void savedLanguageWinsOverOsLocale() {
        assertThat(UserSettings.resolveLanguage(null, Optional.of("vi"), Locale.US)).isEqualTo("vi");
    }

    @Test
    void osLocaleDecidesWhenNothingIsChosenAndAnythingButVietnameseIsEnglish() {
        assertThat(UserSettings.resolveLanguage(null, Optional.empty(), Locale.forLanguageTag("vi-VN"))).isEqualTo("vi");
        assertThat(UserSettings.resolveLanguage(null, Optional.empty(), Locale.FRANCE)).isEqualTo("en");
    }

    @Test
    void remembersWindowBoundsViewDocumentThemeAndScale() {
        settings.setWindow(new WindowBounds(40, 60, 1024, 700, false));
        settings.setLastView(Section.TIMELINE);
        settings.setLastDocument(42);
        settings.setTheme(ThemeMode.SEPIA);
        settings.setUiScale(1.3);
        settings.setLanguage("vi");

        assertThat(settings.window()).isEqualTo(new WindowBounds(40, 60, 1024, 700, false));
        assertThat(settings.lastView()).contains(Section.TIMELINE);
        assertThat(settings.lastDocument()).hasValue(42);
        assertThat(settings.theme()).isEqualTo(ThemeMode.SEPIA);
        assertThat(settings.uiScale()).isEqualTo(1.3);
        assertThat(settings.language()).contains("vi");
    }

    @Test
    void damagedOrMissingValuesFallBackToDefaults() {
        SettingsStore store = SettingsStore.inMemory();
        store.put("window.bounds", "left,top");
        store.put("ui.scale", "huge");
        store.put("theme.mode", "neon");
        store.put("ui.language", "fr");
        UserSettings damaged = new UserSettings(store);

        assertThat(damaged.window()).isEqualTo(WindowBounds.DEFAULT);
        assertThat(damaged.window().hasPosition()).isFalse();
        assertThat(damaged.uiScale()).isEqualTo(1.0);
        assertThat(damaged.theme()).isEqualTo(ThemeMode.LIGHT);
        assertThat(damaged.language()).isEmpty();
    }

    @Test
    void remembersTheExportFolderAndOffersItOnlyWhileItExists(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        UserSettings settings = new UserSettings(SettingsStore.inMemory());
        assertThat(settings.exportFolder()).isEmpty();
        java.nio.file.Path folder = java.nio.file.Files.createDirectory(dir.resolve("exports"));
        var last = dev.annals.ui.export.LastFolder.of(settings::exportFolder, settings::setExportFolder);
        last.remember(folder);
        assertThat(settings.exportFolder()).contains(folder.toAbsolutePath());
        assertThat(last.get()).contains(folder.toAbsolutePath());
        java.nio.file.Files.delete(folder);
        assertThat(last.get()).as("a folder that is gone is not offered").isEmpty();
    }
}
