package dev.annals.logic.annotate;

import dev.annals.logic.library.LibrarySettings;
import dev.annals.model.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The starter codebook for the bundled corpus (conferences of the Ministry of Public Security): Vietnamese
 * theme names with English descriptions. Installed once, on the first start of a library; removable.
 */
public final class StarterCodebook {

    static final String INSTALLED_KEY = "annotate.starterCodebook";

    public record Entry(String name, String description) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("phòng chống tội phạm", "Crime prevention: fighting and preventing crime, drugs, trafficking."),
            new Entry("an ninh trật tự", "Security and order: national security, social order and safety."),
            new Entry("xây dựng lực lượng", "Building the force: organisation, training and discipline of the police."),
            new Entry("Công an xã", "Commune police: regular police at commune level."),
            new Entry("chuyển đổi số / Đề án 06", "Digital transformation: Project 06, population data, e-identification."),
            new Entry("ứng phó Covid-19", "Covid-19 response: the police's part in fighting the pandemic."),
            new Entry("chỉ đạo của lãnh đạo Đảng, Nhà nước", "Direction by Party and State leaders: their speeches and instructions."),
            new Entry("thi đua khen thưởng", "Emulation and awards: emulation movements, orders, medals and commendations."));

    private final ThemeService themes;
    private final LibrarySettings settings;
    private final UndoHistory history;

    public StarterCodebook(ThemeService themes, LibrarySettings settings, UndoHistory history) {
        this.themes = themes;
        this.settings = settings;
        this.history = history;
    }

    /** Installs the starter themes the first time a library is opened; later calls do nothing. Not undoable. */
    public boolean installIfNew() {
        if (settings.get(INSTALLED_KEY).isPresent()) return false;
        if (themes.list().isEmpty()) {
            history.asOneStep("install starter codebook", () -> ENTRIES.forEach(e -> themes.create(e.name(), null, null, e.description())));
            history.clear();
        }
        settings.put(INSTALLED_KEY, "installed");
        return true;
    }

    /** The starter themes still in the codebook. */
    public List<Theme> present() {
        List<Theme> out = new ArrayList<>();
        for (Entry e : ENTRIES) themes.findByName(e.name()).ifPresent(out::add);
        return out;
    }

    /** Removes the starter themes that have no annotations, as one undoable step; returns how many. */
    public int removeUnused() {
        Map<Long, Integer> counts = themes.counts();
        List<Theme> unused = present().stream().filter(t -> counts.getOrDefault(t.id(), 0) == 0).toList();
        history.asOneStep("remove starter codebook", () -> unused.forEach(t -> themes.delete(t.id())));
        return unused.size();
    }
}
