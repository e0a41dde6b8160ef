package dev.annals.ui.shell;

import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.Dialogs;
import dev.annals.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** Help > Keyboard shortcuts: every menu accelerator, read from the menus themselves, plus the views' own keys. */
final class ShortcutsDialog {

    private record Line(String action, String keys) {
    }

    private static final double MIN_HEIGHT = 120;
    private static final double MARGIN = 24;

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

    /**
     * Once styled (fonts, zoom), the rows' real size is known: the dialog is as wide as the longest row and as tall
     * as the list, but no taller than the screen, whose bottom must not hide the last rows and the Close button.
     */
    private static void fitOnScreen(Window window, ScrollPane scroll, GridPane grid) {
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double chrome = window.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setPrefViewportWidth(grid.prefWidth(-1));
        scroll.setPrefViewportHeight(Math.max(MIN_HEIGHT, Math.min(grid.prefHeight(-1), screen.getHeight() - chrome - MARGIN)));
        window.sizeToScene();
        if (window.getY() + window.getHeight() > screen.getMaxY()) window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        if (window.getY() < screen.getMinY()) window.setY(screen.getMinY());
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
        Alert alert = new Alert(Alert.AlertType.NONE, "", DialogButtons.close(i18n));
        alert.setResizable(true);
        alert.setOnShown(e -> fitOnScreen(alert.getDialogPane().getScene().getWindow(), scroll, grid));
        alert.setTitle(i18n.t("shell.shortcuts.title"));
        alert.setHeaderText(i18n.t("shell.shortcuts.title"));
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcutsDialog");
        Dialogs.own(alert, owner).show();
    }
}
