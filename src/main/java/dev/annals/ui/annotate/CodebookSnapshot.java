package dev.annals.ui.annotate;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.annotate.Codebook;
import dev.annals.logic.annotate.ThemeBrowser;
import dev.annals.model.Annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the Themes view shows, read in one background step. */
record CodebookSnapshot(List<ThemeRow> themes, List<BrowserItem> passages, int passageCount, int documentCount,
                        List<Integer> years, List<BrowserItem.Passage> orphans, int exampleCount) {

    /** The codebook as a tree, and the passages of the browsed themes (and their sub-themes) in {@code year}. */
    static CodebookSnapshot read(AnnotateServices services, Set<Long> browsed, Integer year) {
        Codebook codebook = services.themes().codebook();
        Map<Long, Integer> counts = services.themes().counts();
        List<ThemeRow> rows = codebook.tree().stream()
                .map(e -> new ThemeRow(e.theme(), counts.getOrDefault(e.theme().id(), 0), e.depth())).toList();
        Set<Long> examples = services.starterExamples().ids();
        List<BrowserItem> items = new ArrayList<>();
        int passages = 0;
        int documents = 0;
        if (!browsed.isEmpty()) {
            for (ThemeBrowser.Group g : services.themeBrowser().passages(browsed, year)) {
                items.add(new BrowserItem.DocumentHeading(g.document(), g.passages().size()));
                g.passages().forEach(a -> items.add(new BrowserItem.Passage(a, codebook.find(a.themeId()).orElse(null), examples.contains(a.id()))));
                passages += g.passages().size();
                documents++;
            }
        }
        List<BrowserItem.Passage> orphans = new ArrayList<>();
        for (Annotation a : services.annotations().orphans()) orphans.add(new BrowserItem.Passage(a, codebook.find(a.themeId()).orElse(null), examples.contains(a.id())));
        return new CodebookSnapshot(rows, items, passages, documents, services.themeBrowser().years(), orphans, examples.size());
    }
}
