package dev.annals.ui.reader;

import dev.annals.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Edit mode for typos and OCR fixes: the text becomes editable; Apply saves it and re-anchors the annotations
 * (those that cannot be placed become orphans, listed in the sidebar), Cancel restores the stored text.
 */
final class EditTextBar extends HBox {

    private final ToggleButton toggle = new ToggleButton();
    private final ReaderArea area;
    private Runnable restore = () -> { };

    EditTextBar(ReaderViewModel vm, ReaderArea area, I18n i18n) {
        super(8);
        this.area = area;
        setId("editTextBar");
        getStyleClass().add("reader-edit-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(i18n.t("reader.edit.hint"));
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        Button apply = new Button(i18n.t("reader.edit.apply"));
        apply.setId("editApply");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> {
            String text = area.getText();
            leave();
            vm.correctText(text);
        });
        Button cancel = new Button(i18n.t("reader.edit.cancel"));
        cancel.setId("editCancel");
        cancel.setOnAction(e -> {
            leave();
            restore.run();
        });
        getChildren().addAll(new FontIcon(Material2AL.EDIT), hint, apply, cancel);
        toggle.setId("editTextToggle");
        toggle.setGraphic(new FontIcon(Material2AL.EDIT));
        toggle.setTooltip(new Tooltip(i18n.t("reader.edit.toggle")));
        toggle.setAccessibleText(i18n.t("reader.edit.toggle"));
        toggle.getStyleClass().add("button-icon");
        toggle.disableProperty().bind(vm.documentProperty().isNull());
        visibleProperty().bind(toggle.selectedProperty());
        managedProperty().bind(visibleProperty());
        toggle.selectedProperty().addListener((obs, was, on) -> {
            area.setEditable(on);
            if (on) area.requestFocus();
            else if (was && area.isEditable()) area.setEditable(false);
        });
    }

    ToggleButton toggle() {
        return toggle;
    }

    /** What Cancel (or leaving edit mode without applying) does: show the stored text again. */
    void onRestore(Runnable value) {
        restore = value;
    }

    void leave() {
        toggle.setSelected(false);
        area.setEditable(false);
    }
}
