package dev.annals.ui.reader;

import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a document's anchored annotations into what the area paints, in text order; orphans are not painted. */
final class Highlights {

    private static final Color FALLBACK = Color.web("#888888");

    private Highlights() {
    }

    static List<Highlight> of(List<Annotation> annotations, List<Theme> themes, Ink ink) {
        Map<Long, Color> colors = new HashMap<>();
        for (Theme t : themes) colors.put(t.id(), parse(t.color()));
        List<Highlight> out = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            if (a.status() != AnchorStatus.ANCHORED || a.anchor().length() == 0) continue;
            Color theme = colors.getOrDefault(a.themeId(), FALLBACK);
            out.add(new Highlight(a.id(), a.themeId(), a.anchor().span(), ink.tint(theme), ink.mark(theme)));
        }
        out.sort((x, y) -> x.range().start() != y.range().start() ? Integer.compare(x.range().start(), y.range().start())
                : Integer.compare(y.range().end(), x.range().end()));
        return out;
    }

    static Color parse(String color) {
        try {
            return Color.web(color);
        } catch (RuntimeException e) {
            return FALLBACK;
        }
    }
}
