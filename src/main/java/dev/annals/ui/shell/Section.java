package dev.annals.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.Locale;
import java.util.Optional;

/** The main window's views, in sidebar order; Ctrl+1..7 follow this order. */
public enum Section {
    LIBRARY(Material2OutlinedAL.LIBRARY_BOOKS),
    READER(Material2OutlinedMZ.MENU_BOOK),
    TIMELINE(Material2OutlinedMZ.TIMELINE),
    THEMES(Material2OutlinedAL.LOCAL_OFFER),
    SEARCH(Material2OutlinedMZ.SEARCH),
    ANALYSIS(Material2OutlinedAL.GRID_ON),
    PEOPLE(Material2OutlinedMZ.PEOPLE);

    private final Ikon icon;

    Section(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
    }

    /** "library", "reader"…: used in node ids, settings and the screenshot command. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "shell.section." + id();
    }

    public static Optional<Section> fromId(String id) {
        for (Section s : values()) if (s.id().equals(id)) return Optional.of(s);
        return Optional.empty();
    }
}
