package dev.annals.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The usual dialog buttons in the interface language. JavaFX's own {@code ButtonType.CLOSE}, {@code CANCEL} and
 * {@code OK} follow the operating system's language, and a Vietnamese window on an English system said "Close".
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType close(I18n i18n) {
        return new ButtonType(i18n.t("button.close"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType cancel(I18n i18n) {
        return new ButtonType(i18n.t("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType ok(I18n i18n) {
        return new ButtonType(i18n.t("button.ok"), ButtonData.OK_DONE);
    }
}
