package dev.annals.ui.search;

import dev.annals.ui.common.FieldNames;
import dev.annals.model.ConferenceKind;
import dev.annals.ui.common.I18n;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/** The search view: a query field, filters, the result count and a keyboard-driven list of hits. */
public final class SearchView extends BorderPane {

    static final Duration TYPING_PAUSE = Duration.millis(250);

    private final SearchViewModel model;
    private final I18n i18n;
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private final TextField queryField = new TextField();
    private final TextField fromYearField = yearField();
    private final TextField toYearField = yearField();
    private final ComboBox<ConferenceKind> kindBox = new ComboBox<>();
    private final ComboBox<String> themeBox = new ComboBox<>();
    private final Label countLabel = new Label();
    private final Button rebuildButton = new Button();
    private final Button tagHitsButton = new Button();
    private final ListView<ResultItem> resultList = new ListView<>();

    public SearchView(SearchViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        createView();
        initListeners();
        model.loadThemes();
    }

    private void createView() {
        getStyleClass().add("search-view");
        queryField.setId("search-query");
        queryField.setPromptText(i18n.t("search.prompt"));
        fromYearField.setPromptText(i18n.t("search.fromYear"));
        toYearField.setPromptText(i18n.t("search.toYear"));
        List<ConferenceKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(ConferenceKind.values()));
        kindBox.getItems().setAll(kinds);
        kindBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConferenceKind kind) {
                return kind == null ? i18n.t("search.anyKind") : i18n.kindName(kind);
            }

            @Override
            public ConferenceKind fromString(String s) {
                return null;
            }
        });
        kindBox.setPromptText(i18n.t("search.anyKind"));
        themeBox.setPromptText(i18n.t("search.anyTheme"));
        rebuildButton.setText(i18n.t("search.rebuild"));
        rebuildButton.setMinWidth(Region.USE_PREF_SIZE);
        countLabel.setId("search-count");
        countLabel.textProperty().bind(model.messageProperty());
        tagHitsButton.setText(i18n.t("tagHits.open"));
        tagHitsButton.setId("search-tag-hits");
        tagHitsButton.setAccessibleText(i18n.t("tagHits.open"));
        tagHitsButton.setMinWidth(Region.USE_PREF_SIZE);
        tagHitsButton.visibleProperty().bind(model.canTagHitsProperty());
        tagHitsButton.managedProperty().bind(model.canTagHitsProperty());
        // a row that wraps at a large interface zoom rather than cutting the filters' words short
        FlowPane filters = new FlowPane(8, 6, fromYearField, toYearField, kindBox, themeBox, tagHitsButton, rebuildButton);
        kindBox.setMinWidth(Region.USE_PREF_SIZE);
        themeBox.setMinWidth(Region.USE_PREF_SIZE);
        kindBox.setAccessibleText(i18n.t("search.kind"));
        themeBox.setAccessibleText(i18n.t("search.theme"));
        queryField.setAccessibleHelp(i18n.t("search.prompt"));
        VBox top = new VBox(8, queryField, filters, countLabel, FieldNames.hiddenLabel(queryField, i18n.t("search.title")),
                FieldNames.hiddenLabel(fromYearField, i18n.t("search.fromYear")), FieldNames.hiddenLabel(toYearField, i18n.t("search.toYear")));
        top.setStyle("-fx-padding: 12 12 8 12;");
        setTop(top);
        resultList.setId("search-results");
        resultList.setAccessibleText(i18n.t("search.results"));
        resultList.setAccessibleHelp(i18n.t("search.results.help"));
        resultList.setItems(model.results());
        resultList.setCellFactory(list -> new ResultCell(i18n));
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.messageProperty());
        resultList.setPlaceholder(placeholder);
        setCenter(resultList);
    }

    private static TextField yearField() {
        TextField field = new TextField();
        field.setPrefColumnCount(5);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,4}") ? change : null));
        return field;
    }

    private void initListeners() {
        typingPause.setOnFinished(e -> model.search());
        queryField.textProperty().addListener((obs, old, text) -> {
            model.queryProperty().set(text);
            typingPause.playFromStart();
        });
        fromYearField.textProperty().addListener((obs, old, text) -> filterChanged(() -> model.fromYearProperty().set(year(text))));
        toYearField.textProperty().addListener((obs, old, text) -> filterChanged(() -> model.toYearProperty().set(year(text))));
        kindBox.valueProperty().addListener((obs, old, kind) -> filterChanged(() -> model.kindProperty().set(kind)));
        themeBox.valueProperty().addListener((obs, old, theme) -> filterChanged(() -> model.themeProperty().set(theme)));
        model.themeNames().addListener((javafx.collections.ListChangeListener<String>) c -> {
            List<String> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.themeNames());
            String chosen = themeBox.getValue();
            themeBox.getItems().setAll(items); // a renamed or deleted theme drops out of the filter
            themeBox.setValue(items.contains(chosen) ? chosen : null);
        });
        themeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? i18n.t("search.anyTheme") : name;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        rebuildButton.setOnAction(e -> model.rebuildIndex());
        tagHitsButton.setOnAction(e -> TagHitsWindow.open(this, model.tagHits(), i18n, model.themeProperty().get()));
        queryField.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        resultList.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        resultList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && resultList.getSelectionModel().getSelectedItem() != null) {
                model.open(resultList.getSelectionModel().getSelectedItem());
            }
        });
        model.selectedIndexProperty().addListener((obs, old, index) -> showSelection(index.intValue()));
        resultList.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) model.selectedIndexProperty().set(index.intValue());
        });
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN) {
            model.selectNext();
        } else if (e.getCode() == KeyCode.UP) {
            model.selectPrevious();
        } else if (e.getCode() == KeyCode.ENTER) {
            if (typingPause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                typingPause.stop();
                model.searchThenOpenFirst();
            } else {
                model.openSelected();
            }
        } else {
            return;
        }
        e.consume();
    }

    private void showSelection(int index) {
        if (index < 0) {
            resultList.getSelectionModel().clearSelection();
            return;
        }
        resultList.getSelectionModel().select(index);
        resultList.scrollTo(Math.max(0, index - 2));
    }

    private void filterChanged(Runnable update) {
        update.run();
        if (!model.queryProperty().get().isBlank()) model.search();
    }

    private static Integer year(String text) {
        return text == null || text.length() != 4 ? null : Integer.valueOf(text);
    }

    /** Shows criteria asked in an earlier window (before a language switch) in the fields, and searches again. */
    public void restore(SearchViewModel.Criteria criteria) {
        queryField.setText(criteria.query() == null ? "" : criteria.query());
        fromYearField.setText(criteria.fromYear() == null ? "" : criteria.fromYear().toString());
        toYearField.setText(criteria.toYear() == null ? "" : criteria.toYear().toString());
        kindBox.setValue(criteria.kind());
        if (criteria.theme() != null && !themeBox.getItems().contains(criteria.theme())) themeBox.getItems().add(criteria.theme());
        themeBox.setValue(criteria.theme());
        typingPause.stop();
        model.restore(criteria);
    }

    public SearchViewModel viewModel() {
        return model;
    }

    /** Puts the cursor in the query field (the shell calls this for Ctrl+K), optionally with a query. */
    public void focusQuery(String query) {
        if (query != null && !query.isEmpty()) queryField.setText(query);
        queryField.requestFocus();
        queryField.selectAll();
    }
}
