package dev.annals.ui.common;

import javafx.scene.paint.Color;

/** WCAG 2.x contrast between colours, and the nearest shade of a colour that reaches a contrast. */
public final class Contrast {

    private Contrast() {
    }

    /** (L1 + 0.05) / (L2 + 0.05), from 1 to 21; both colours opaque. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance of sRGB, as WCAG defines it. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** A translucent colour painted over an opaque one. */
    public static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /**
     * The colour itself if it stands out from {@code against} by {@code min}, else the first shade of it, mixed
     * toward black on a light ground or white on a dark one, that does; its hue stays recognisable.
     */
    public static Color atLeast(Color color, Color against, double min) {
        Color opaque = over(color, against);
        if (ratio(opaque, against) >= min) return opaque;
        Color toward = luminance(against) > 0.18 ? Color.BLACK : Color.WHITE;
        for (int step = 1; step <= 20; step++) {
            Color shade = opaque.interpolate(toward, step / 20.0);
            if (ratio(shade, against) >= min) return shade;
        }
        return toward;
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
