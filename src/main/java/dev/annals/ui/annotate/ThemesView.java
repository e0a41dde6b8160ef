package dev.annals.ui.annotate;

import dev.annals.logic.annotate.Palette;
import dev.annals.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Objects;

/** The Themes view: the codebook editor on the left, the theme browser and the orphaned annotations on the right. */
public final class ThemesView extends BorderPane {

    private final ThemesViewModel model;
    private final I18n i18n;
    private final ThemeDialogs dialogs;

    final ListView<ThemeRow> themeList = new ListView<>();
    /** The list's own rows: a reload replaces them while the selection is put back, and is not taken for the user's. */
    private final ObservableList<ThemeRow> rows = FXCollections.observableArrayList();
    final ListView<BrowserItem> passageList = new ListView<>();
    final ListView<BrowserItem.Passage> orphanList = new ListView<>();
    final ComboBox<Integer> yearBox = new ComboBox<>();
    final Label summary = new Label();
    final Label error = new Label();
    private final Button addButton = new Button();
    private final Button undoButton = new Button();
    private final Button redoButton = new Button();
    private final MenuButton editMenu = new MenuButton();
    private final MenuButton colorMenu = new MenuButton();
    private final VBox left = new VBox();

    public ThemesView(ThemesViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = new ThemeDialogs(i18n);
        createView();
        initListeners();
        model.reload();
    }

    private void createView() {
        getStyleClass().add("themes-view");
        themeList.setId("themeList");
        themeList.setAccessibleText(i18n.t("themes.list"));
        themeList.setAccessibleHelp(i18n.t("themes.list.help"));
        passageList.setAccessibleText(i18n.t("themes.browser"));
        passageList.setAccessibleHelp(i18n.t("themes.browser.help"));
        orphanList.setAccessibleText(i18n.t("themes.orphans"));
        passageList.setId("passageList");
        orphanList.setId("orphanList");
        yearBox.setId("browserYear");
        summary.setId("browserSummary");
        undoButton.setId("themesUndo");
        addButton.setText(i18n.t("themes.add"));
        addButton.setGraphic(new FontIcon(Material2AL.ADD));
        iconOnly(undoButton, Material2MZ.UNDO, "themes.undo");
        iconOnly(redoButton, Material2MZ.REDO, "themes.redo");
        editMenu.setText(i18n.t("themes.codebook"));
        editMenu.getItems().addAll(item("themes.rename", this::rename), item("themes.describe", this::describe),
                item("themes.moveUp", () -> move(-1)), item("themes.moveDown", () -> move(1)), item("themes.parent", this::reparent),
                item("themes.merge", this::merge), item("themes.delete", this::delete), item("themes.removeStarter", this::removeStarter));
        colorMenu.setGraphic(new FontIcon(Material2AL.COLOR_LENS));
        colorMenu.setTooltip(new Tooltip(i18n.t("themes.color")));
        colorMenu.setAccessibleText(i18n.t("themes.color"));
        for (Palette.Swatch s : Palette.SWATCHES) {
            MenuItem m = new MenuItem(s.englishName(), ThemeCells.swatch(s.color()));
            m.setOnAction(e -> selected().ifPresent(r -> model.recolor(r.id(), s.color())));
            colorMenu.getItems().add(m);
        }
        ToolBar tools = new ToolBar(addButton, editMenu, colorMenu, undoButton, redoButton);
        themeList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        themeList.setCellFactory(v -> new ThemeCells.ThemeCell());
        themeList.setItems(rows);
        left.getChildren().addAll(tools, new ExamplesBar(model, i18n), themeList, error);
        VBox.setVgrow(themeList, Priority.ALWAYS);
        error.getStyleClass().add("danger");
        error.setWrapText(true);

        yearBox.getItems().setAll((Integer) null);
        yearBox.setConverter(new StringConverter<>() {
            public String toString(Integer y) { return y == null ? i18n.t("themes.year.all") : y.toString(); }
            public Integer fromString(String s) { return null; }
        });
        yearBox.getSelectionModel().selectFirst();
        Label yearLabel = new Label(i18n.t("themes.year"));
        yearLabel.setLabelFor(yearBox);
        HBox browserBar = new HBox(8, yearLabel, yearBox, summary);
        browserBar.setPadding(new Insets(6));
        passageList.setCellFactory(v -> new ThemeCells.BrowserCell(i18n));
        passageList.setItems(model.passages());
        Label browserHint = new Label(i18n.t("themes.browser.hint"));
        browserHint.setWrapText(true);
        passageList.setPlaceholder(browserHint);
        VBox browser = new VBox(browserBar, passageList);
        VBox.setVgrow(passageList, Priority.ALWAYS);

        orphanList.setCellFactory(v -> new ThemeCells.OrphanCell());
        orphanList.setItems(model.orphans());
        Button openOrphan = new Button(i18n.t("themes.orphans.open"));
        Button deleteOrphan = new Button(i18n.t("themes.orphans.delete"));
        openOrphan.disableProperty().bind(orphanList.getSelectionModel().selectedItemProperty().isNull());
        deleteOrphan.disableProperty().bind(orphanList.getSelectionModel().selectedItemProperty().isNull());
        openOrphan.setOnAction(e -> model.openOrphanDocument(orphanList.getSelectionModel().getSelectedItem()));
        deleteOrphan.setOnAction(e -> model.deleteOrphan(orphanList.getSelectionModel().getSelectedItem().annotation().id()));
        Label orphanTitle = new Label(i18n.t("themes.orphans"));
        orphanTitle.setStyle("-fx-font-weight: bold;");
        Label orphanHint = new Label(i18n.t("themes.orphans.hint"));
        orphanHint.setWrapText(true);
        VBox orphans = new VBox(4, orphanTitle, orphanHint, orphanList, new HBox(6, openOrphan, deleteOrphan));
        orphans.setPadding(new Insets(6));
        orphans.visibleProperty().bind(Bindings.isNotEmpty(model.orphans()));
        orphans.managedProperty().bind(orphans.visibleProperty());

        SplitPane right = new SplitPane(browser, orphans);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.72);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.36);
        setCenter(split);
    }

    /** Puts the memo of the selected theme under the theme list. */
    public void showMemo(dev.annals.ui.memo.MemoEditorViewModel memo) {
        left.getChildren().add(new dev.annals.ui.memo.MemoPane(memo, "themes", "memo.hint.themes"));
        themeList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) memo.show(dev.annals.model.MemoSubject.theme(row.id()));
            // a reload puts the selection back a moment later: only a selection that stays empty hides the memo
            else javafx.application.Platform.runLater(() -> {
                if (themeList.getSelectionModel().getSelectedItem() == null) memo.show(null);
            });
        });
    }

    private void initListeners() {
        addButton.setOnAction(e -> dialogs.askText(getScene().getWindow(), i18n.t("themes.add"), i18n.t("themes.add.prompt"), null)
                .ifPresent(name -> model.create(name, null, selected().map(ThemeRow::theme).map(t -> t.parentId()).orElse(null), "")));
        undoButton.setOnAction(e -> model.undo());
        redoButton.setOnAction(e -> model.redo());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        redoButton.disableProperty().bind(model.canRedoProperty().not());
        colorMenu.disableProperty().bind(themeList.getSelectionModel().selectedItemProperty().isNull());
        error.textProperty().bind(model.errorProperty());
        themeList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ThemeRow>) c -> syncBrowsed());
        model.themes().addListener((ListChangeListener<ThemeRow>) c -> showRows());
        model.browsedThemeIds().addListener((ListChangeListener<Long>) c -> {
            if (!syncing) showRows();
        });
        showRows();
        model.yearProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(yearBox.getValue(), now)) yearBox.setValue(now);
        });
        model.years().addListener((ListChangeListener<Integer>) c -> {
            Integer current = yearBox.getValue();
            yearBox.getItems().setAll((Integer) null);
            yearBox.getItems().addAll(model.years());
            yearBox.setValue(model.years().contains(current) ? current : null);
        });
        yearBox.valueProperty().addListener((obs, old, now) -> model.yearProperty().set(now));
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.browsedThemeIds().isEmpty() ? ""
                : i18n.t("themes.browser.summary", model.passageCountProperty().get(), model.documentCountProperty().get()),
                model.passageCountProperty(), model.documentCountProperty(), model.browsedThemeIds()));
        passageList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && passageList.getSelectionModel().getSelectedItem() instanceof BrowserItem.Passage p) {
                model.openPassage(p);
            }
        });
        passageList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && passageList.getSelectionModel().getSelectedItem() instanceof BrowserItem.Passage p) model.openPassage(p);
        });
        themeList.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.UP) move(-1);
            else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) move(1);
            else if (e.getCode() == KeyCode.F2) rename();
            else if (e.getCode() == KeyCode.DELETE) delete();
            else return;
            e.consume();
        });
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) model.redo();
            else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) model.undo();
        });
    }

    private boolean syncing;

    private void syncBrowsed() {
        if (syncing) return;
        model.browsedThemeIds().setAll(themeList.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).map(ThemeRow::id).toList());
    }

    /**
     * Shows the model's rows and selects the browsed themes among them. The rows are new objects after each reload,
     * and replacing them clears the list's selection: that must not be read as the user choosing no theme.
     */
    private void showRows() {
        syncing = true;
        try {
            if (!rows.equals(model.themes())) rows.setAll(model.themes());
            var selection = themeList.getSelectionModel();
            java.util.Set<Long> shown = selection.getSelectedItems().stream().filter(Objects::nonNull).map(ThemeRow::id)
                    .collect(java.util.stream.Collectors.toSet());
            if (shown.equals(new java.util.HashSet<>(model.browsedThemeIds()))) return;
            selection.clearSelection();
            for (int i = 0; i < rows.size(); i++) {
                if (model.browsedThemeIds().contains(rows.get(i).id())) selection.select(i);
            }
        } finally {
            syncing = false;
        }
    }

    private java.util.Optional<ThemeRow> selected() {
        return java.util.Optional.ofNullable(themeList.getSelectionModel().getSelectedItem());
    }

    private void iconOnly(Button button, org.kordamp.ikonli.Ikon icon, String key) {
        button.setGraphic(new FontIcon(icon));
        button.setTooltip(new Tooltip(i18n.t(key)));
        button.setAccessibleText(i18n.t(key));
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem(i18n.t(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    private void rename() {
        selected().ifPresent(r -> dialogs.askText(getScene().getWindow(), i18n.t("themes.rename"), i18n.t("themes.rename.prompt"), r.theme().name())
                .ifPresent(name -> model.rename(r.id(), name)));
    }

    private void describe() {
        selected().ifPresent(r -> dialogs.askText(getScene().getWindow(), i18n.t("themes.describe"), i18n.t("themes.describe.prompt"), r.theme().description())
                .ifPresent(d -> model.describe(r.id(), d)));
    }

    private void move(int delta) {
        selected().ifPresent(r -> model.move(r.id(), delta));
    }

    private void reparent() {
        selected().ifPresent(r -> dialogs.chooseTheme(getScene().getWindow(), i18n.t("themes.parent"),
                model.themes().stream().filter(o -> o.id() != r.id()).toList(), r)
                .ifPresent(p -> model.setParent(r.id(), p.id() == r.id() ? null : p.id())));
    }

    private void merge() {
        selected().ifPresent(r -> dialogs.chooseTheme(getScene().getWindow(), i18n.t("themes.merge.prompt", r.theme().name()),
                model.themes().stream().filter(o -> o.id() != r.id()).toList(), null)
                .ifPresent(target -> model.merge(r.id(), target.id())));
    }

    private void delete() {
        selected().ifPresent(r -> {
            if (r.count() == 0 || dialogs.confirm(getScene().getWindow(), i18n.t("themes.delete.confirm", r.theme().name(), r.count()))) {
                model.delete(r.id());
            }
        });
    }

    private void removeStarter() {
        if (dialogs.confirm(getScene().getWindow(), i18n.t("themes.removeStarter.confirm"))) model.removeStarterCodebook();
    }
}
