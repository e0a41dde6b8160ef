package dev.annals.ui.reader;

import dev.annals.ui.common.Contrast;
import javafx.scene.paint.Color;

/**
 * The reader's text and page colours in the current look, and the shades of theme colours that keep to WCAG on
 * that page: text stays 4.5:1 over a highlight at its strongest, a coding stripe or underline stands 3:1 from the
 * page. On a light page the shades are the theme colours themselves; on a dark one the bright ones are toned down.
 */
public record Ink(Color text, Color page) {

    public static final Ink LIGHT = new Ink(Color.web("#1f2328"), Color.WHITE);

    private static final Color MATCH = Color.web("#f2c94c");
    private static final Color CURRENT = Color.web("#f2994a");
    static final double MATCH_ALPHA = 0.55;
    static final double CURRENT_ALPHA = 0.85;

    /** The colour a theme's highlight is tinted with; text over it at the strongest tint stays readable. */
    public Color tint(Color theme) {
        return readable(theme, SpanStyles.MAX_ALPHA);
    }

    /** The colour of a theme's coding stripe and underline. */
    public Color mark(Color theme) {
        return Contrast.atLeast(theme, page, 3.0);
    }

    /** The ground of a find match, and of the current one (drawn stronger). */
    public Color find(SpanStyle.FindMark mark) {
        return mark == SpanStyle.FindMark.CURRENT ? withAlpha(readable(CURRENT, CURRENT_ALPHA), CURRENT_ALPHA)
                : withAlpha(readable(MATCH, MATCH_ALPHA), MATCH_ALPHA);
    }

    /** The colour mixed toward the page until text over it, at this opacity, reaches 4.5:1. */
    private Color readable(Color color, double alpha) {
        for (int step = 0; step <= 20; step++) {
            Color shade = color.interpolate(page, step / 20.0);
            if (Contrast.ratio(text, Contrast.over(withAlpha(shade, alpha), page)) >= 4.5) return shade;
        }
        return page;
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
