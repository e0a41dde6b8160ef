package dev.annals.ui.shell;

import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.Dialogs;
import dev.annals.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

import java.util.ArrayList;
import java.util.List;

/** Help > Keyboard shortcuts: every menu accelerator, read from the menus themselves, plus the views' own keys. */
final class ShortcutsDialog {

    private record Line(String action, String keys) {
    }

    private static final double MAX_HEIGHT = 560;

    private final I18n i18n;
    private final List<Line> extras = new ArrayList<>();

    ShortcutsDialog(I18n i18n) {
        this.i18n = i18n;
        extras.add(new Line(i18n.t("shell.shortcut.menus"), "Alt"));
        extras.add(new Line(i18n.t("shell.shortcut.focus"), "Tab / Shift+Tab"));
    }

    void addExtra(String action, String keys) {
        extras.add(new Line(action, keys));
    }

    List<String[]> lines(MenuBar menus) {
        List<String[]> lines = new ArrayList<>();
        for (Menu menu : menus.getMenus()) collect(menu, lines);
        extras.forEach(l -> lines.add(new String[]{l.action(), l.keys()}));
        return lines;
    }

    private void collect(Menu menu, List<String[]> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) collect(sub, lines);
            else if (item.getAccelerator() != null) {
                lines.add(new String[]{item.getText().replace("_", ""), item.getAccelerator().getDisplayText()});
            }
        }
    }

    void show(Node owner, MenuBar menus) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (String[] line : lines(menus)) {
            Label keys = new Label(line[1]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, new Label(line[0]), keys);
        }
        grid.setPadding(new Insets(4, 12, 12, 4));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // the whole list when it fits, so that the last row is not cut off; a scroll bar only on small screens
        scroll.setPrefViewportHeight(Math.min(MAX_HEIGHT, grid.prefHeight(-1)));
        Alert alert = new Alert(Alert.AlertType.NONE, "", DialogButtons.close(i18n));
        alert.setResizable(true);
        alert.setOnShown(e -> { // once styled (fonts, zoom), the rows' real height is known
            scroll.setPrefViewportHeight(Math.min(MAX_HEIGHT, grid.prefHeight(-1)));
            alert.getDialogPane().getScene().getWindow().sizeToScene();
        });
        alert.setTitle(i18n.t("shell.shortcuts.title"));
        alert.setHeaderText(i18n.t("shell.shortcuts.title"));
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcutsDialog");
        Dialogs.own(alert, owner).show();
    }
}
