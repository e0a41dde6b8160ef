package dev.annals.ui.reader;

import dev.annals.ui.common.I18n;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** A one-line notice under the toolbar (saved, orphans after a correction, errors) until the user closes it. */
final class NoticeBar extends HBox {

    NoticeBar(StringProperty message, I18n i18n) {
        super(8);
        setId("readerNotice");
        getStyleClass().add("reader-notice");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("readerMessage");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(message);
        Button close = FindBar.iconButton("readerNoticeClose", new FontIcon(Material2AL.CLOSE), i18n.t("reader.notice.close"));
        close.setOnAction(e -> message.set(""));
        getChildren().addAll(new FontIcon(Material2AL.INFO), text, close);
        visibleProperty().bind(message.isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
