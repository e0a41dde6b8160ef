package dev.annals.ui.annotate;

import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/** The small questions the codebook editor asks. */
final class ThemeDialogs {

    private final I18n i18n;

    ThemeDialogs(I18n i18n) {
        this.i18n = i18n;
    }

    Optional<String> askText(Window owner, String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(i18n), DialogButtons.cancel(i18n));
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty() || initial != null);
    }

    boolean confirm(Window owner, String message) {
        ButtonType ok = DialogButtons.ok(i18n);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, DialogButtons.cancel(i18n));
        alert.initOwner(owner);
        alert.setTitle(i18n.t("themes.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }

    /** Lets the user pick one of the rows (shown by name, indented); empty when cancelled. */
    Optional<ThemeRow> chooseTheme(Window owner, String prompt, List<ThemeRow> rows, ThemeRow noneOption) {
        List<Choice> choices = new java.util.ArrayList<>();
        if (noneOption != null) choices.add(new Choice(noneOption, i18n.t("themes.parent.none")));
        rows.forEach(r -> choices.add(new Choice(r, "  ".repeat(r.depth()) + r.theme().name())));
        if (choices.isEmpty()) return Optional.empty();
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(i18n), DialogButtons.cancel(i18n));
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("themes.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(Choice::row);
    }

    private record Choice(ThemeRow row, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
