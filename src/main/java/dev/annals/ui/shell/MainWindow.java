package dev.annals.ui.shell;

import dev.annals.ui.common.EmptyState;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import dev.annals.ui.help.GuideWindow;
import dev.annals.logic.library.ImportSources;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window's content: menu bar and toolbar, the sidebar, the current view and the status bar. Feature
 * views are plugged in as node suppliers by section (built on first show); a section without one shows an
 * empty state. Files dropped anywhere on the window are imported.
 */
public final class MainWindow {

    /** What Help > About shows. */
    public record Info(String version, Path libraryFolder) {
    }

    private final MainViewModel model;
    private final ShellHooks hooks;
    private final I18n i18n;
    private final Info info;
    private final Map<Section, Supplier<Node>> factories;
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Navigator navigator;
    private final ShortcutsDialog shortcuts;
    private final GuideWindow guide;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private MenuBar menuBar;

    public MainWindow(MainViewModel model, ShellHooks hooks, Navigator navigator, I18n i18n, Info info,
                      Map<Section, Supplier<Node>> views) {
        this.model = model;
        this.hooks = hooks;
        this.i18n = i18n;
        this.info = info;
        this.factories = views.isEmpty() ? new EnumMap<>(Section.class) : new EnumMap<>(views);
        this.navigator = navigator;
        this.shortcuts = new ShortcutsDialog(i18n);
        this.guide = new GuideWindow(i18n);
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    public Navigator navigator() {
        return navigator;
    }

    public MainViewModel model() {
        return model;
    }

    /** Adds a line to Help > Keyboard shortcuts for a key a view handles itself (e.g. Enter in a table). */
    public void addShortcutHelp(String action, String keys) {
        shortcuts.addExtra(action, keys);
    }

    private void createView() {
        root.setId("mainWindow");
        root.getStyleClass().add("main-window");
        menuBar = new ShellMenus(model, hooks, navigator, i18n, new ShellMenus.WindowActions() {
            @Override
            public void quit() {
                if (root.getScene() != null) root.getScene().getWindow().hide();
            }

            @Override
            public void showShortcuts() {
                shortcuts.show(root, menuBar);
            }

            @Override
            public void showGuide() {
                guide.show(root);
            }

            @Override
            public void showAbout() {
                AboutDialog.show(root, i18n, info);
            }
        }).create();
        VBox top = new VBox(menuBar, new ShellToolbar(model, hooks, navigator, i18n).create());
        if (model.tourPending()) top.getChildren().add(new FirstStartTour(model, i18n));
        root.setTop(top);
        // at a large zoom the views' buttons may need more height than the window has: they scroll, the status bar stays
        ScrollPane sidebar = new ScrollPane(new Sidebar(model, i18n));
        sidebar.setFitToWidth(true);
        sidebar.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebar.getStyleClass().addAll("edge-to-edge", "sidebar-scroll");
        sidebar.setFocusTraversable(false);
        root.setLeft(sidebar);
        content.setId("content");
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(new StatusBar(model, i18n));
        showSection(model.sectionProperty().get());
    }

    private void initListeners() {
        model.sectionProperty().addListener((o, was, now) -> showSection(now));
        model.themeProperty().addListener((o, was, now) -> applyAppearance(root.getScene()));
        model.uiScaleProperty().addListener((o, was, now) -> applyAppearance(root.getScene()));
        root.sceneProperty().addListener((o, was, now) -> applyAppearance(now));
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && hooks.importPaths().get() != null
                    && e.getDragboard().getFiles().stream().map(File::toPath).anyMatch(ImportSources::isImportable)) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains("drop-target")) root.getStyleClass().add("drop-target");
            }
            e.consume();
        });
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        root.setOnDragDropped(e -> {
            var importPaths = hooks.importPaths().get();
            boolean accepted = e.getDragboard().hasFiles() && importPaths != null;
            if (accepted) {
                model.show(Section.LIBRARY);
                importPaths.accept(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    private void applyAppearance(Scene scene) {
        if (scene != null) Appearance.apply(scene, model.themeProperty().get(), model.uiScaleProperty().get());
    }

    private void showSection(Section section) {
        Node view = views.computeIfAbsent(section, this::build);
        content.getChildren().setAll(view);
    }

    private Node build(Section section) {
        Supplier<Node> factory = factories.get(section);
        if (factory != null) return factory.get();
        String id = section.id();
        EmptyState empty = new EmptyState(section.icon(), i18n.t("shell.empty." + id + ".title"),
                i18n.t("shell.empty." + id + ".text"), i18n.t("shell.empty.action"), navigator::showLibrary);
        empty.setId("empty-" + id);
        return empty;
    }
}
