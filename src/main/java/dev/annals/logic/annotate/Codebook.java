package dev.annals.logic.annotate;

import dev.annals.logic.annotate.AnnotateException.Reason;
import dev.annals.logic.text.Folding;
import dev.annals.model.Theme;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The themes of a library with the rules every part of Annals applies to them: their order, how a name a person
 * types finds a theme, and that a theme stands for its sub-themes. Search, export, the theme browser and the
 * command line all read themes through it.
 */
public final class Codebook {

    /** A theme in the tree: how deep it sits under its parents (0 at the top). */
    public record Entry(Theme theme, int depth) {
    }

    private static final int MAX_DEPTH = 16;

    private final List<Theme> themes;
    private final Map<Long, Theme> byId = new HashMap<>();

    private Codebook(List<Theme> themes) {
        this.themes = List.copyOf(themes);
        themes.forEach(t -> byId.put(t.id(), t));
    }

    /** {@code themes} in display order, as the store lists them. */
    public static Codebook of(List<Theme> themes) {
        return new Codebook(themes);
    }

    /** The themes in display order: the order of the reader's keys 1–9. */
    public List<Theme> themes() { return themes; }

    public Optional<Theme> find(long id) { return Optional.ofNullable(byId.get(id)); }

    /** The theme with exactly this name, ignoring case (also of Vietnamese letters) and surrounding spaces. */
    public Optional<Theme> named(String name) {
        String clean = clean(name);
        return themes.stream().filter(t -> t.name().equalsIgnoreCase(clean)).findFirst();
    }

    /**
     * The theme a person means by a typed name: the one so named, else the only one whose name is the same
     * without tone marks, đ and case ("cong an xa" finds "Công an xã").
     */
    public Optional<Theme> lookup(String name) {
        return named(name).or(() -> {
            String folded = Folding.fold(clean(name));
            List<Theme> fits = themes.stream().filter(t -> Folding.fold(t.name()).equals(folded)).toList();
            return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
        });
    }

    /** {@link #lookup}, or a clear error that points to the list of themes. */
    public Theme require(String name) {
        return lookup(name).orElseThrow(() -> new AnnotateException(Reason.UNKNOWN_THEME, "no theme named '" + name + "' (see annals themes)", name));
    }

    /** These themes and their sub-themes, however deep: what a theme stands for when passages are chosen by it. */
    public Set<Long> withSubThemes(Collection<Long> ids) {
        Set<Long> out = new LinkedHashSet<>(ids);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Theme t : themes) {
                if (t.parentId() != null && out.contains(t.parentId()) && out.add(t.id())) grew = true;
            }
        }
        return out;
    }

    /** Depth first: each theme followed by its sub-themes, siblings in display order; a lost parent counts as none. */
    public List<Entry> tree() {
        List<Entry> out = new ArrayList<>();
        addChildren(null, 0, out);
        return out;
    }

    private void addChildren(Long parent, int depth, List<Entry> out) {
        for (Theme t : themes) {
            Long p = t.parentId() != null && byId.containsKey(t.parentId()) ? t.parentId() : null;
            if (Objects.equals(p, parent) && depth < MAX_DEPTH) {
                out.add(new Entry(t, depth));
                addChildren(t.id(), depth + 1, out);
            }
        }
    }

    private static String clean(String name) {
        return name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }
}
