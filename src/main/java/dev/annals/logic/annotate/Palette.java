package dev.annals.logic.annotate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The theme colours: Okabe–Ito's colour-blind-safe set plus five of Paul Tol's muted colours. All are mid-tones,
 * so a translucent highlight and a solid margin stripe stay distinct on the light, sepia and dark backgrounds
 * (see docs/decisions/0302-theme-palette.md).
 */
public final class Palette {

    public record Swatch(String color, String englishName) {
    }

    public static final List<Swatch> SWATCHES = List.of(
            new Swatch("#E69F00", "orange"),
            new Swatch("#56B4E9", "sky blue"),
            new Swatch("#009E73", "bluish green"),
            new Swatch("#F0E442", "yellow"),
            new Swatch("#0072B2", "blue"),
            new Swatch("#D55E00", "vermilion"),
            new Swatch("#CC79A7", "reddish purple"),
            new Swatch("#999933", "olive"),
            new Swatch("#AA4499", "purple"),
            new Swatch("#CC6677", "rose"),
            new Swatch("#44AA99", "teal"),
            new Swatch("#888888", "grey"));

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private Palette() {
    }

    public static List<String> colors() {
        return SWATCHES.stream().map(Swatch::color).toList();
    }

    public static boolean isValid(String color) {
        return color != null && HEX.matcher(color).matches();
    }

    /** "#rrggbb" in upper case; throws BAD_COLOR for anything else. */
    public static String normalize(String color) {
        if (!isValid(color)) {
            throw new AnnotateException(AnnotateException.Reason.BAD_COLOR, "bad colour '" + color + "': use #RRGGBB, e.g. #E69F00", String.valueOf(color));
        }
        return color.toUpperCase(Locale.ROOT);
    }

    /** The first palette colour not yet used, cycling when all are. */
    public static String next(Collection<String> used) {
        for (Swatch s : SWATCHES) {
            if (used.stream().noneMatch(s.color()::equalsIgnoreCase)) return s.color();
        }
        return SWATCHES.get(used.size() % SWATCHES.size()).color();
    }
}
