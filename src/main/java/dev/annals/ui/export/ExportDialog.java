package dev.annals.ui.export;

import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.GroupBy;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.Dialogs;
import dev.annals.ui.common.I18n;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;

/** The export dialog: format, scope, options, a live count of what will go out, the file, and progress. */
public final class ExportDialog {

    private final ExportViewModel model;
    private final I18n i18n;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final ToggleGroup scope = new ToggleGroup();
    private final ComboBox<DocumentSummary> document = new ComboBox<>();
    private final ListView<Theme> themes = new ListView<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final CheckBox notes = new CheckBox();
    private final CheckBox quotes = new CheckBox();
    private final CheckBox context = new CheckBox();
    private final CheckBox bom = new CheckBox();
    private final ComboBox<GroupBy> groupBy = new ComboBox<>();
    private final TextField file = new TextField();
    private final Button choose = new Button();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final ButtonType exportType;
    private final ButtonType closeType;
    private boolean typing;
    private boolean showing;

    public ExportDialog(ExportViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.exportType = new ButtonType(i18n.t("export.export"), ButtonBar.ButtonData.OK_DONE);
        this.closeType = new ButtonType(i18n.t("export.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        createView();
        initListeners();
    }

    /** Shows the dialog over {@code owner} and loads the lists it needs. */
    public void show(Window owner) {
        if (owner != null && owner.getScene() != null) Dialogs.own(dialog, owner.getScene().getRoot());
        else if (owner != null) dialog.initOwner(owner);
        model.load();
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    private void createView() {
        dialog.setTitle(i18n.t("export.title"));
        dialog.getDialogPane().getButtonTypes().setAll(exportType, closeType);
        format.setId("exportFormat");
        message.setId("exportMessage");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(converter(f -> i18n.t("export.format." + f.extension())));
        groupBy.getItems().setAll(GroupBy.values());
        groupBy.setConverter(converter(g -> i18n.t("export.groupBy." + g.name().toLowerCase(java.util.Locale.ROOT))));
        document.setConverter(converter(d -> (d.title() == null ? "#" + d.id() : d.title()) + (d.date() == null ? "" : " · " + i18n.formatDate(d.date()))));
        themes.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        themes.setPrefHeight(120);
        themes.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Theme theme, boolean empty) {
                super.updateItem(theme, empty);
                setText(empty || theme == null ? null : theme.name());
            }
        });
        from.setPromptText(i18n.t("export.datePrompt"));
        to.setPromptText(i18n.t("export.datePrompt"));
        notes.setText(i18n.t("export.notes"));
        quotes.setText(i18n.t("export.quotes"));
        context.setText(i18n.t("export.context"));
        bom.setText(i18n.t("export.bom"));
        choose.setText(i18n.t("export.choose"));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        from.setMinWidth(Region.USE_PREF_SIZE);
        to.setMinWidth(Region.USE_PREF_SIZE);
        message.setWrapText(true);
        progress.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, label("export.format", format), format);
        grid.addRow(1, label("export.scope", null), scopeChoices());
        grid.addRow(2, label("export.options", null), new VBox(6, notes, quotes, context, bom,
                new HBox(8, label("export.groupBy", groupBy), groupBy)));
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(3, label("export.file", file), new HBox(8, file, choose));
        grid.add(new VBox(6, message, progress), 0, 4, 2, 1);
        grid.setStyle("-fx-pref-width: 47em;"); // em: the dialog grows with the interface zoom
        dialog.getDialogPane().setContent(grid);
    }

    /** A field's label, which is also its name for a screen reader. */
    private Label label(String key, Node field) {
        Label label = new Label(i18n.t(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private Node scopeChoices() {
        RadioButton everything = radio("export.scope.everything", ScopeKind.EVERYTHING);
        RadioButton oneDocument = radio("export.scope.document", ScopeKind.DOCUMENT);
        RadioButton someThemes = radio("export.scope.themes", ScopeKind.THEMES);
        RadioButton dates = radio("export.scope.dates", ScopeKind.DATES);
        document.disableProperty().bind(oneDocument.selectedProperty().not());
        themes.disableProperty().bind(someThemes.selectedProperty().not());
        from.disableProperty().bind(dates.selectedProperty().not());
        to.disableProperty().bind(dates.selectedProperty().not());
        from.setPrefColumnCount(9);
        to.setPrefColumnCount(9);
        document.setAccessibleText(i18n.t("export.scope.document"));
        themes.setAccessibleText(i18n.t("export.scope.themes"));
        HBox.setHgrow(document, Priority.ALWAYS);
        document.setMaxWidth(Double.MAX_VALUE);
        HBox oneDocumentRow = new HBox(8, oneDocument, document);
        HBox datesRow = new HBox(8, dates, label("export.from", from), from, label("export.to", to), to);
        oneDocumentRow.setAlignment(Pos.CENTER_LEFT);
        datesRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, everything, oneDocumentRow, someThemes, themes, datesRow);
    }

    private RadioButton radio(String key, ScopeKind kind) {
        RadioButton button = new RadioButton(i18n.t(key));
        button.setUserData(kind);
        button.setToggleGroup(scope);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (model.scopeKindProperty().get() == kind) button.setSelected(true);
        return button;
    }

    private void initListeners() {
        format.valueProperty().bindBidirectional(model.formatProperty());
        groupBy.valueProperty().bindBidirectional(model.groupByProperty());
        document.valueProperty().bindBidirectional(model.documentProperty());
        document.setItems(model.documents());
        themes.setItems(model.themes());
        from.textProperty().bindBidirectional(model.fromProperty());
        to.textProperty().bindBidirectional(model.toProperty());
        notes.selectedProperty().bindBidirectional(model.notesProperty());
        quotes.selectedProperty().bindBidirectional(model.quotesProperty());
        context.selectedProperty().bindBidirectional(model.contextProperty());
        bom.selectedProperty().bindBidirectional(model.bomProperty());
        scope.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) model.scopeKindProperty().set((ScopeKind) now.getUserData());
        });
        themes.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<Theme>) c -> {
            model.themeIds().clear();
            themes.getSelectionModel().getSelectedItems().forEach(t -> model.themeIds().add(t.id()));
        });
        var fmt = model.formatProperty();
        bom.disableProperty().bind(fmt.isNotEqualTo(ExportFormat.CSV));
        groupBy.disableProperty().bind(fmt.isNotEqualTo(ExportFormat.MD));
        context.disableProperty().bind(fmt.isNotEqualTo(ExportFormat.MD).and(fmt.isNotEqualTo(ExportFormat.CSV)));
        file.setId("exportFile");
        file.setPromptText(i18n.t("export.filePrompt"));
        file.setText(model.targetProperty().get() == null ? "" : model.targetProperty().get().toString());
        model.targetProperty().addListener((o, was, now) -> {
            if (!typing) showTarget(now);
        });
        file.textProperty().addListener((o, was, now) -> {
            if (showing) return;
            typing = true;
            try {
                model.typeTarget(now);
            } finally {
                typing = false;
            }
        });
        choose.setOnAction(e -> chooseFile());
        message.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.busyProperty());
        model.runningProperty().addListener((o, was, now) -> {
            progress.progressProperty().unbind();
            if (now != null) progress.progressProperty().bind(now.progressProperty());
        });
        model.stateProperty().addListener((o, was, now) -> {
            if (now == ExportViewModel.State.CONFIRM_OVERWRITE) confirmOverwrite();
            else if (now == ExportViewModel.State.CHOOSE_FILE && chooseFile()) model.export(false);
        });
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(exportType);
        exportButton.disableProperty().bind(model.busyProperty());
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.export(false);
        });
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(closeType);
        closeButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.busyProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
    }

    /** Shows the model's file (suggested, picked, or moved to another extension) without taking it for typing. */
    private void showTarget(Path path) {
        showing = true;
        try {
            file.setText(path == null ? "" : path.toString());
        } finally {
            showing = false;
        }
    }

    /** The system's save dialog; true when the user picked a file. */
    private boolean chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("export.title"));
        chooser.setInitialDirectory(model.initialFolder().toFile());
        Path current = model.targetProperty().get();
        chooser.setInitialFileName(current == null ? model.suggestedFileName() : current.getFileName().toString());
        String ext = model.formatProperty().get().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("export.format." + ext), "*." + ext));
        File picked = chooser.showSaveDialog(dialog.getOwner());
        // The system dialog already asked about replacing an existing file.
        if (picked != null) model.chooseTarget(picked.toPath());
        return picked != null;
    }

    private void confirmOverwrite() {
        ButtonType replace = new ButtonType(i18n.t("export.replace"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.messageProperty().get(), replace, DialogButtons.cancel(i18n));
        alert.initOwner(dialog.getOwner());
        alert.setHeaderText(null);
        if (alert.showAndWait().filter(b -> b == replace).isPresent()) model.export(true);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
