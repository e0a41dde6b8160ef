package dev.annals.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a view shows when it has nothing to show: an icon, a title, a line of help and one action. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon icon, String title, String text, String actionText, Runnable action) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-3", "empty-state-title");
        heading.setWrapText(true);
        Label help = new Label(text);
        help.getStyleClass().add("empty-state-text");
        help.setWrapText(true);
        help.setMaxWidth(460);
        getChildren().addAll(glyph, heading, help);
        if (action != null) {
            Button button = new Button(actionText);
            button.getStyleClass().add("accent");
            button.setDefaultButton(false);
            button.setOnAction(e -> action.run());
            button.setAccessibleText(actionText);
            button.setId("emptyStateAction");
            getChildren().add(button);
        }
        setAccessibleText(title);
    }
}
