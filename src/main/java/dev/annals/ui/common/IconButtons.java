package dev.annals.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Toolbar buttons that show only an icon, so they carry a tooltip and an accessible name. */
public final class IconButtons {

    private IconButtons() {
    }

    /** An icon button; {@code hint} (e.g. "Ctrl+O") is added to the tooltip when not null. */
    public static Button of(String id, Ikon icon, String text, String hint, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(hint == null ? text : text + " (" + hint + ")"));
        button.setAccessibleText(text);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
