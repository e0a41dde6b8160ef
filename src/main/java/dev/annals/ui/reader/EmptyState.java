package dev.annals.ui.reader;

import dev.annals.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** What the reader shows when no document is open. */
final class EmptyState extends VBox {

    EmptyState(I18n i18n) {
        super(10);
        setId("readerEmpty");
        getStyleClass().add("reader-empty");
        setAlignment(Pos.CENTER);
        FontIcon icon = new FontIcon(Material2MZ.MENU_BOOK);
        icon.getStyleClass().add("reader-empty-icon");
        Label title = new Label(i18n.t("reader.empty.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(i18n.t("reader.empty.hint"));
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(icon, title, hint);
    }
}
