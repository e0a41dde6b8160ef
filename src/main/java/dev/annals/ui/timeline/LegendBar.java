package dev.annals.ui.timeline;

import dev.annals.model.ConferenceKind;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** One chip per conference kind in its lane colour; a chip also shows or hides its lane. */
final class LegendBar extends FlowPane {

    private final TimelineViewModel vm;
    private final Label undated = new Label();

    LegendBar(TimelineViewModel vm) {
        this.vm = vm;
        setId("legend");
        getStyleClass().add("timeline-legend");
        // at a large interface zoom the chips go on to a second row rather than being cut short
        setHgap(6);
        setVgap(6);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        undated.setId("undatedNote");
        undated.getStyleClass().add("timeline-note");
        vm.dataProperty().addListener((obs, o, n) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        Label caption = new Label(vm.text().get("timeline.filter.kinds"));
        caption.getStyleClass().add("timeline-note");
        getChildren().add(caption);
        for (ConferenceKind kind : vm.kindsPresent()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", TimelinePalette.kindStyleClass(kind));
            ToggleButton chip = new ToggleButton(vm.text().kindName(kind), swatch);
            chip.setId("legend-" + kind.id());
            chip.getStyleClass().add("legend-chip");
            chip.setSelected(!vm.hiddenKinds().contains(kind));
            chip.setTooltip(new Tooltip(vm.text().get("timeline.legend.toggle")));
            chip.selectedProperty().addListener((obs, o, shown) -> vm.setKindShown(kind, shown));
            getChildren().add(chip);
        }
        caption.setMinWidth(Region.USE_PREF_SIZE);
        int count = vm.dataProperty().get().undatedDocuments();
        undated.setText(count == 0 ? "" : vm.text().get("timeline.undated", count));
        getChildren().add(undated);
    }
}
