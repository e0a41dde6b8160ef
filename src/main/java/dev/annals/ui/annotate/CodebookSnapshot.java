package dev.annals.ui.annotate;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.annotate.ThemeBrowser;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Everything the Themes view shows, read in one background step. */
record CodebookSnapshot(List<ThemeRow> themes, List<BrowserItem> passages, int passageCount, int documentCount,
                        List<Integer> years, List<BrowserItem.Passage> orphans) {

    static CodebookSnapshot read(AnnotateServices services, Set<Long> browsed, Integer year) {
        List<Theme> all = services.themes().list();
        Map<Long, Integer> counts = services.themes().counts();
        Map<Long, Theme> byId = new HashMap<>();
        all.forEach(t -> byId.put(t.id(), t));
        List<ThemeRow> rows = new ArrayList<>();
        addChildren(all, null, 0, counts, rows, byId);
        List<BrowserItem> items = new ArrayList<>();
        int passages = 0;
        int documents = 0;
        if (!browsed.isEmpty()) {
            for (ThemeBrowser.Group g : services.themeBrowser().passages(withDescendants(browsed, all), year)) {
                items.add(new BrowserItem.DocumentHeading(g.document(), g.passages().size()));
                g.passages().forEach(a -> items.add(new BrowserItem.Passage(a, byId.get(a.themeId()))));
                passages += g.passages().size();
                documents++;
            }
        }
        List<BrowserItem.Passage> orphans = new ArrayList<>();
        for (Annotation a : services.annotations().orphans()) orphans.add(new BrowserItem.Passage(a, byId.get(a.themeId())));
        return new CodebookSnapshot(rows, items, passages, documents, services.themeBrowser().years(), orphans);
    }

    /** A theme stands for its sub-themes too: browsing "Công an xã" also shows passages of its sub-themes. */
    private static Set<Long> withDescendants(Set<Long> ids, List<Theme> all) {
        Set<Long> out = new java.util.HashSet<>(ids);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Theme t : all) {
                if (t.parentId() != null && out.contains(t.parentId()) && out.add(t.id())) grew = true;
            }
        }
        return out;
    }

    /** Depth-first: each theme followed by its sub-themes, siblings in display order; lost parents count as top level. */
    private static void addChildren(List<Theme> all, Long parent, int depth, Map<Long, Integer> counts, List<ThemeRow> out, Map<Long, Theme> byId) {
        for (Theme t : all) {
            Long p = t.parentId() != null && byId.containsKey(t.parentId()) ? t.parentId() : null;
            if (Objects.equals(p, parent) && depth < 16) {
                out.add(new ThemeRow(t, counts.getOrDefault(t.id(), 0), depth));
                addChildren(all, t.id(), depth + 1, counts, out, byId);
            }
        }
    }
}
