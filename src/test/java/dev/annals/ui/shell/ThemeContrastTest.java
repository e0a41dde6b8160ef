package dev.annals.ui.shell;

import dev.annals.logic.annotate.Palette;
import dev.annals.ui.common.Contrast;
import dev.annals.ui.reader.Ink;
import dev.annals.ui.reader.SpanStyle;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG contrast of the colours the window really paints, read from each theme's stylesheets as the scene resolves
 * them: text 4.5:1, large text and marks (icons, coding stripes, underlines, focus) 3:1, and the reader's text over
 * every theme colour's highlight.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {

    static final double TEXT = 4.5;
    static final double LARGE = 3.0;

    /** Text in {@code fg} on {@code bg} (translucent grounds are painted over {@code under}), as the CSS pairs them. */
    record Pair(String where, String fg, String bg, String under, double min) {
        Pair(String where, String fg, String bg, double min) {
            this(where, fg, bg, "-color-bg-default", min);
        }
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("body text", "-color-fg-default", "-color-bg-default", TEXT),
            new Pair("text in side panels, sidebar, status bar", "-color-fg-default", "-color-bg-subtle", TEXT),
            new Pair("popups and the tag toolbar", "-color-fg-default", "-color-bg-overlay", TEXT),
            new Pair("muted text (facts, notes, hints)", "-color-fg-muted", "-color-bg-default", TEXT),
            new Pair("muted text in the status bar and side panels", "-color-fg-muted", "-color-bg-subtle", TEXT),
            new Pair("empty-state icons", "-color-fg-subtle", "-color-bg-default", LARGE),
            new Pair("links and shortcut keys", "-color-accent-fg", "-color-bg-default", TEXT),
            new Pair("people chips, selected sidebar item", "-color-accent-fg", "-color-accent-subtle", TEXT),
            new Pair("notice bar", "-color-fg-default", "-color-accent-subtle", TEXT),
            new Pair("orphaned annotation badge", "-color-danger-fg", "-color-danger-subtle", TEXT),
            new Pair("error notes", "-color-danger-fg", "-color-bg-default", TEXT),
            new Pair("success notes", "-color-success-fg", "-color-bg-default", TEXT),
            new Pair("edit bar", "-color-fg-default", "-color-warning-subtle", TEXT),
            new Pair("selected sidebar item (dark)", "-color-fg-default", "-color-accent-muted", "-color-bg-subtle", TEXT),
            new Pair("selected text in the reader", "-color-fg-default", "-color-accent-subtle", TEXT),
            new Pair("focus ring and drop target", "-color-accent-emphasis", "-color-bg-default", LARGE),
            new Pair("icons (toolbar, sidebar)", "-color-fg-muted", "-color-bg-subtle", LARGE),
            new Pair("borders between panes", "-color-border-default", "-color-bg-default", 1.0));

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    /** The colour a looked-up colour variable resolves to in this theme. */
    private Color resolve(FxRobot robot, ThemeMode mode, String variable) {
        Color[] out = new Color[1];
        robot.interact(() -> {
            Appearance.apply(root.getScene(), mode, 1);
            Region probe = new Region();
            probe.setStyle("-fx-background-color: " + variable + ";");
            root.getChildren().setAll(probe);
            root.applyCss();
            out[0] = (Color) probe.getBackground().getFills().get(0).getFill();
        });
        return out[0];
    }

    private double ratio(FxRobot robot, ThemeMode mode, Pair p) {
        Color under = resolve(robot, mode, p.under());
        Color bg = Contrast.over(resolve(robot, mode, p.bg()), under);
        Color fg = Contrast.over(resolve(robot, mode, p.fg()), bg);
        return Contrast.ratio(fg, bg);
    }

    @Test
    void everyPairOfTextAndGroundMeetsWcagInEveryTheme(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        for (ThemeMode mode : ThemeMode.values()) {
            for (Pair p : PAIRS) {
                double r = ratio(robot, mode, p);
                if (r < p.min()) failures.add(String.format(Locale.ROOT, "%s: %s %.2f:1 < %.1f", mode.id(), p.where(), r, p.min()));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void readerTextStaysReadableOverEveryThemeColoursHighlightAndFindMarks(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        for (ThemeMode mode : ThemeMode.values()) {
            Color page = resolve(robot, mode, "-color-bg-default");
            Ink ink = new Ink(resolve(robot, mode, "-color-fg-default"), page);
            Color text = ink.text();
            List<Color> grounds = new ArrayList<>();
            for (Palette.Swatch s : Palette.SWATCHES) {
                Color tint = ink.tint(Color.web(s.color()));
                for (double alpha : SpanStyle.highlightAlphas()) grounds.add(new Color(tint.getRed(), tint.getGreen(), tint.getBlue(), alpha));
            }
            grounds.add(ink.find(SpanStyle.FindMark.MATCH));
            grounds.add(ink.find(SpanStyle.FindMark.CURRENT));
            for (Color ground : grounds) {
                double r = Contrast.ratio(text, Contrast.over(ground, page));
                if (r < TEXT) failures.add(String.format(Locale.ROOT, "%s: text over %s %.2f:1", mode.id(), ground, r));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void codingStripesAndUnderlinesOfEveryThemeColourStandOutFromThePage(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        for (ThemeMode mode : ThemeMode.values()) {
            Color page = resolve(robot, mode, "-color-bg-default");
            Ink ink = new Ink(resolve(robot, mode, "-color-fg-default"), page);
            for (Palette.Swatch s : Palette.SWATCHES) {
                Color mark = ink.mark(Color.web(s.color()));
                double r = Contrast.ratio(mark, page);
                if (r < LARGE) failures.add(String.format(Locale.ROOT, "%s: %s mark %.2f:1", mode.id(), s.englishName(), r));
            }
        }
        assertThat(failures).isEmpty();
    }
}
