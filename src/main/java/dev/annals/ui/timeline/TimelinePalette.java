package dev.annals.ui.timeline;

import dev.annals.model.ConferenceKind;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.EnumMap;
import java.util.Map;

/**
 * The theme's colours for drawing on the canvas. A canvas cannot use CSS, so each colour is read from a hidden
 * region styled with an AtlantaFX looked-up colour; the canvas is redrawn when the theme (light/dark) changes.
 */
final class TimelinePalette extends Pane {

    enum Role {
        BACKGROUND("-color-bg-default", "#ffffff"),
        LANE("-color-bg-subtle", "#f6f8fa"),
        GRID("-color-border-muted", "#d8dee4"),
        GRID_STRONG("-color-border-default", "#d0d7de"),
        TEXT("-color-fg-default", "#24292f"),
        MUTED("-color-fg-muted", "#57606a"),
        FOCUS("-color-accent-emphasis", "#0969da"),
        KIND_1("-color-chart-1", "#0969da"),
        KIND_2("-color-chart-2", "#bf3989"),
        KIND_3("-color-chart-3", "#1a7f37"),
        KIND_4("-color-chart-4", "#bc4c00"),
        KIND_5("-color-chart-5", "#8250df");

        final String lookedUp;
        final Color fallback;

        Role(String lookedUp, String fallback) {
            this.lookedUp = lookedUp;
            this.fallback = Color.web(fallback);
        }
    }

    private final Map<Role, Region> swatches = new EnumMap<>(Role.class);

    TimelinePalette(Runnable onChange) {
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
        for (Role role : Role.values()) {
            Region swatch = new Region();
            swatch.setStyle("-fx-background-color: " + role.lookedUp + ";");
            swatch.backgroundProperty().addListener((obs, old, now) -> onChange.run());
            swatches.put(role, swatch);
            getChildren().add(swatch);
        }
    }

    Color color(Role role) {
        Background background = swatches.get(role).getBackground();
        if (background == null || background.getFills().isEmpty()) return role.fallback;
        Paint fill = background.getFills().get(0).getFill();
        return fill instanceof Color c ? c : role.fallback;
    }

    Color kind(ConferenceKind kind) {
        return color(Role.values()[Role.KIND_1.ordinal() + kind.ordinal()]);
    }

    /** The style class that colours a legend swatch like the kind's lane. */
    static String kindStyleClass(ConferenceKind kind) {
        return "kind-" + kind.id();
    }
}
