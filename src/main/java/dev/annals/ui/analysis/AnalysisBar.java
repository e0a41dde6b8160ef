package dev.annals.ui.analysis;

import dev.annals.ui.common.I18n;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The top of an analysis view: its bar of controls and, below, the message line (what it shows, what an export did). */
final class AnalysisBar {

    private AnalysisBar() {
    }

    static VBox withMessage(HBox bar, String messageId, ObservableStringValue text, String padding) {
        bar.setStyle("-fx-alignment: center-left;");
        Label message = new Label();
        message.setId(messageId);
        message.textProperty().bind(text);
        message.setWrapText(true);
        VBox top = new VBox(8, bar, message);
        top.setStyle("-fx-padding: " + padding + ";");
        return top;
    }

    /** A button named by its text, for a screen reader too, that keeps its whole text. */
    static Button button(I18n i18n, String id, String key, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setAccessibleText(i18n.t(key));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
