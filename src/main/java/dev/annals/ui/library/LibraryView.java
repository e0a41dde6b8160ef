package dev.annals.ui.library;

import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.Dialogs;
import dev.annals.ui.common.EmptyState;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.List;
import java.util.function.Consumer;

/** The library: filter bar, documents table and actions; an empty state while the library has no documents. */
public final class LibraryView {

    private final LibraryViewModel model;
    private final I18n i18n;
    private final Navigator navigator;
    private final FilePicker picker;
    private final BorderPane root = new BorderPane();
    private final TableView<DocumentSummary> table;
    private final LibraryFilterBar filterBar;
    private final DocumentActions actions;
    private final ImportFeedback feedback;

    public LibraryView(LibraryViewModel model, I18n i18n, Navigator navigator, FilePicker picker, Consumer<String> uriOpener) {
        this.model = model;
        this.i18n = i18n;
        this.navigator = navigator;
        this.picker = picker;
        this.table = LibraryTable.create(model, i18n);
        this.filterBar = new LibraryFilterBar(model, i18n);
        this.actions = new DocumentActions(model, i18n, root, uriOpener);
        this.feedback = new ImportFeedback(i18n, root);
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    /** File > Import files… */
    public void importFiles() {
        model.importPaths(picker.chooseFiles(window(), i18n.t("library.import.chooseFiles")));
    }

    /** File > Import folder… */
    public void importFolder() {
        picker.chooseFolder(window(), i18n.t("library.import.chooseFolder")).ifPresent(f -> model.importPaths(List.of(f)));
    }

    /** Moves the keyboard focus to the filter field. */
    public void focusFilter() {
        filterBar.textField().requestFocus();
    }

    private void createView() {
        root.setId("libraryView");
        root.getStyleClass().add("library-view");
        root.getStylesheets().add(LibraryView.class.getResource("library.css").toExternalForm());
        Button open = actionButton("openButton", "library.action.open", () -> openSelected());
        Button delete = actionButton("deleteButton", "library.action.delete", () -> actions.confirmDelete(selected()));
        Button original = actionButton("originalButton", "library.action.original", () -> selected().stream().findFirst().ifPresent(actions::showOriginal));
        Button setDate = actionButton("setDateButton", "library.action.setDate", this::askDate);
        setDate.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        var none = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        open.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        original.disableProperty().bind(open.disableProperty());
        delete.disableProperty().bind(none);
        HBox actionButtons = new HBox(8, open, original, setDate, delete);
        actionButtons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        filterBar.getChildren().add(actionButtons);
        Label noMatch = new Label(i18n.t("library.filter.noMatch"));
        noMatch.setId("noMatchLabel");
        table.setPlaceholder(noMatch);
        EmptyState empty = new EmptyState(Material2OutlinedAL.INBOX, i18n.t("library.empty.title"),
                i18n.t("library.empty.text"), i18n.t("library.empty.action"), this::importFiles);
        empty.setId("libraryEmpty");
        VBox main = new VBox(10, filterBar, new DateChangeBar(model.bulkDates(), i18n), table);
        main.setPadding(new Insets(12, 14, 10, 14));
        VBox.setVgrow(table, Priority.ALWAYS);
        main.visibleProperty().bind(model.loadedProperty().and(Bindings.isNotEmpty(model.documents())));
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.documents())));
        root.setCenter(new StackPane(main, empty));
    }

    private Button actionButton(String id, String key, Runnable action) {
        Button button = new Button(i18n.t(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleText(i18n.t(key).replace("_", ""));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void initListeners() {
        table.setRowFactory(t -> {
            TableRow<DocumentSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    navigator.openDocument(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                actions.confirmDelete(selected());
                e.consume();
            }
        });
        filterBar.textField().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) table.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.filterTextProperty().set("");
            }
        });
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null) javafx.application.Platform.runLater(table::requestFocus); // keys work at once
        });
        model.setOnImportFinished(feedback::show);
        model.setOnError(this::showError);
    }

    /** Sets one date on every selected document; the change can be undone from the bar or with Edit › Undo. */
    private void askDate() {
        List<DocumentSummary> chosen = selected();
        if (chosen.isEmpty()) return;
        String header = chosen.size() == 1
                ? i18n.t("library.date.headerOne", chosen.get(0).title() == null ? i18n.t("library.untitled") : chosen.get(0).title())
                : i18n.t("library.date.headerMany", chosen.size());
        SetDateDialog.ask(i18n, root, header).ifPresent(date -> model.bulkDates().setDate(chosen, date));
    }

    private void openSelected() {
        List<DocumentSummary> chosen = selected();
        if (chosen.size() == 1) navigator.openDocument(chosen.get(0).id());
    }

    private List<DocumentSummary> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, DialogButtons.ok(i18n));
        alert.setTitle(i18n.t("library.error.title"));
        alert.setHeaderText(i18n.t("library.error.title"));
        Dialogs.own(alert, root).show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
