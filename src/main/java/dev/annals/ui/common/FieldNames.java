package dev.annals.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Names a text field for a screen reader where the layout has no visible label for it. JavaFX reads a text field's
 * accessible text in place of what is typed in it, so a field is named the platform's way instead: by the label
 * that is {@code labelFor} it. This label takes no room and is not drawn; add it beside the field.
 */
public final class FieldNames {

    private FieldNames() {
    }

    public static Label hiddenLabel(Node field, String name) {
        Label label = new Label(name);
        label.setLabelFor(field);
        label.setManaged(false);
        label.setVisible(false);
        label.getStyleClass().add("field-name");
        return label;
    }
}
