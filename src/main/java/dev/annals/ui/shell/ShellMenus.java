package dev.annals.ui.shell;

import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View, Help. Items whose feature is not wired yet are disabled. */
final class ShellMenus {

    /** What the Help and File menus do that is the window's own business. */
    interface WindowActions {
        void quit();

        void showShortcuts();

        void showGuide();

        void showAbout();
    }

    private final MainViewModel model;
    private final ShellHooks hooks;
    private final Navigator navigator;
    private final I18n i18n;
    private final WindowActions actions;

    ShellMenus(MainViewModel model, ShellHooks hooks, Navigator navigator, I18n i18n, WindowActions actions) {
        this.model = model;
        this.hooks = hooks;
        this.navigator = navigator;
        this.i18n = i18n;
        this.actions = actions;
    }

    MenuBar create() {
        MenuBar bar = new MenuBar(file(), edit(), view(), help());
        bar.setId("menuBar");
        bar.setAccessibleText(i18n.t("shell.menu.bar"));
        return bar;
    }

    private Menu file() {
        return menu("file",
                hooked("importFiles", "Shortcut+O", hooks.importFiles()),
                hooked("importFolder", "Shortcut+Shift+O", hooks.importFolder()),
                hooked("importAnnotations", null, hooks.importAnnotations()),
                hooked("importProject", null, hooks.importProject()),
                hooked("export", "Shortcut+E", hooks.export()),
                new SeparatorMenuItem(),
                hooked("rebuildIndex", null, hooks.rebuildIndex()),
                hooked("restoreBackup", null, hooks.restoreBackup()),
                new SeparatorMenuItem(),
                item("quit", "Shortcut+Q", actions::quit));
    }

    private Menu edit() {
        return menu("edit",
                hooked("undo", "Shortcut+Z", hooks.undo()),
                hooked("redo", "Shortcut+Shift+Z", hooks.redo()),
                new SeparatorMenuItem(),
                hooked("find", "Shortcut+F", hooks.find()),
                item("search", "Shortcut+K", () -> navigator.showSearch("")));
    }

    private Menu view() {
        Menu view = menu("view");
        int digit = 1;
        for (Section section : Section.values()) {
            MenuItem item = item("section." + section.id(), "Shortcut+" + digit++, () -> model.show(section));
            item.setText(i18n.t(section.labelKey()));
            view.getItems().add(item);
        }
        view.getItems().add(new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (ThemeMode mode : ThemeMode.values()) {
            RadioMenuItem item = new RadioMenuItem(i18n.t("shell.menu.theme." + mode.id()));
            item.setId("menu-theme-" + mode.id());
            item.setToggleGroup(themes);
            item.setSelected(model.themeProperty().get() == mode);
            item.setOnAction(e -> model.themeProperty().set(mode));
            model.themeProperty().addListener((o, was, now) -> item.setSelected(now == mode));
            view.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("zoomIn", "Shortcut+Alt+Equals", model::zoomIn),
                item("zoomOut", "Shortcut+Alt+Minus", model::zoomOut),
                item("zoomReset", "Shortcut+Alt+0", model::resetZoom),
                new SeparatorMenuItem(), language());
        return view;
    }

    private Menu language() {
        Menu language = menu("language");
        ToggleGroup group = new ToggleGroup();
        for (String lang : new String[]{"en", "vi"}) {
            RadioMenuItem item = new RadioMenuItem(i18n.t("shell.language." + lang));
            item.setId("menu-lang-" + lang);
            item.setToggleGroup(group);
            item.setSelected(i18n.isVietnamese() == lang.equals("vi"));
            item.setOnAction(e -> {
                var change = hooks.changeLanguage().get();
                if (change != null) change.accept(lang);
            });
            item.disableProperty().bind(hooks.changeLanguage().isNull());
            language.getItems().add(item);
        }
        return language;
    }

    private Menu help() {
        return menu("help",
                item("guide", "Shift+F1", actions::showGuide),
                item("shortcuts", "F1", actions::showShortcuts),
                item("about", null, actions::showAbout));
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(i18n.t("shell.menu." + key), null, items);
        menu.setId("menu-" + key);
        menu.setMnemonicParsing(true);
        return menu;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(i18n.t("shell.menu." + key));
        item.setId("menu-" + key.replace('.', '-'));
        item.setMnemonicParsing(true);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem hooked(String key, String accelerator, ObjectProperty<Runnable> hook) {
        MenuItem item = item(key, accelerator, () -> {
            Runnable action = hook.get();
            if (action != null) action.run();
        });
        item.disableProperty().bind(hook.isNull());
        return item;
    }
}
