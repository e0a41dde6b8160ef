package dev.annals.ui.shell;

import dev.annals.ui.common.I18n;
import dev.annals.ui.common.IconButtons;
import dev.annals.ui.common.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The toolbar: the most used actions as icons, each with a tooltip naming it and its shortcut. */
final class ShellToolbar {

    private final MainViewModel model;
    private final ShellHooks hooks;
    private final Navigator navigator;
    private final I18n i18n;

    ShellToolbar(MainViewModel model, ShellHooks hooks, Navigator navigator, I18n i18n) {
        this.model = model;
        this.hooks = hooks;
        this.navigator = navigator;
        this.i18n = i18n;
    }

    ToolBar create() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button zoomOut = button("zoomOut", Material2OutlinedMZ.ZOOM_OUT, "Ctrl+Alt+-", model::zoomOut);
        Button zoomIn = button("zoomIn", Material2OutlinedMZ.ZOOM_IN, "Ctrl+Alt+=", model::zoomIn);
        model.uiScaleProperty().addListener((o, was, now) -> {
            zoomIn.setDisable(!model.canZoomIn());
            zoomOut.setDisable(!model.canZoomOut());
        });
        zoomIn.setDisable(!model.canZoomIn());
        zoomOut.setDisable(!model.canZoomOut());
        ToolBar bar = new ToolBar(
                hooked("importFiles", Material2OutlinedAL.FILE_UPLOAD, "Ctrl+O", hooks.importFiles()),
                hooked("importFolder", Material2OutlinedAL.CREATE_NEW_FOLDER, "Ctrl+Shift+O", hooks.importFolder()),
                hooked("export", Material2OutlinedMZ.SAVE_ALT, "Ctrl+E", hooks.export()),
                new Separator(Orientation.VERTICAL),
                hooked("undo", Material2OutlinedMZ.UNDO, "Ctrl+Z", hooks.undo()),
                hooked("redo", Material2OutlinedMZ.REDO, "Ctrl+Shift+Z", hooks.redo()),
                new Separator(Orientation.VERTICAL),
                button("search", Material2OutlinedMZ.SEARCH, "Ctrl+K", () -> navigator.showSearch("")),
                spacer,
                button("theme", Material2OutlinedAL.BRIGHTNESS_6, null, this::nextTheme),
                zoomOut, zoomIn);
        bar.setId("toolbar");
        bar.setAccessibleText(i18n.t("shell.toolbar"));
        return bar;
    }

    private void nextTheme() {
        ThemeMode[] modes = ThemeMode.values();
        model.themeProperty().set(modes[(model.themeProperty().get().ordinal() + 1) % modes.length]);
    }

    private Button button(String key, Ikon icon, String hint, Runnable action) {
        return IconButtons.of("tool-" + key, icon, i18n.t("shell.tool." + key), hint, action);
    }

    private Button hooked(String key, Ikon icon, String hint, ObjectProperty<Runnable> hook) {
        Button button = button(key, icon, hint, () -> {
            Runnable action = hook.get();
            if (action != null) action.run();
        });
        button.disableProperty().bind(hook.isNull());
        return button;
    }
}
