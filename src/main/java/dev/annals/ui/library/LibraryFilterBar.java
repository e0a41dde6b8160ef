package dev.annals.ui.library;

import dev.annals.ui.common.FieldNames;
import atlantafx.base.controls.CustomTextField;
import dev.annals.model.ConferenceKind;
import dev.annals.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.List;

/**
 * The filter line above the table: text (tone-insensitive), years and kinds (multi-select), "no date" and
 * "no title" toggles, and a count.
 */
final class LibraryFilterBar extends FlowPane {

    private final LibraryViewModel model;
    private final I18n i18n;
    private final CustomTextField text = new CustomTextField();
    private final CheckComboBox<Integer> years = new CheckComboBox<>();
    private final CheckComboBox<ConferenceKind> kinds = new CheckComboBox<>();
    private final ToggleButton noDate = new ToggleButton();
    private final ToggleButton noTitle = new ToggleButton();
    private final Label count = new Label();

    LibraryFilterBar(LibraryViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        createView();
        initListeners();
    }

    CustomTextField textField() {
        return text;
    }

    private void createView() {
        setId("filterBar");
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        // a row that wraps: at a large interface zoom the filters and actions take two rows rather than being cut
        setHgap(8);
        setVgap(6);
        text.setId("filterField");
        text.setPromptText(i18n.t("library.filter.prompt"));
        text.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        text.setPrefColumnCount(22);
        text.setMinWidth(140);
        text.setTooltip(new javafx.scene.control.Tooltip(i18n.t("library.filter.text")));
        HBox.setHgrow(text, Priority.SOMETIMES);
        years.setId("yearFilter");
        years.setTitle(i18n.t("library.filter.year"));
        years.setAccessibleText(i18n.t("library.filter.year"));
        // ControlsFX gives its check list no role of its own; it opens a list, as a button would
        years.setAccessibleRole(AccessibleRole.BUTTON);
        years.setAccessibleHelp(i18n.t("library.filter.year.help"));
        kinds.setId("kindFilter");
        kinds.setTitle(i18n.t("library.filter.kind"));
        kinds.setAccessibleText(i18n.t("library.filter.kind"));
        kinds.setAccessibleRole(AccessibleRole.BUTTON);
        kinds.setAccessibleHelp(i18n.t("library.filter.kind.help"));
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConferenceKind kind) {
                return i18n.kindName(kind);
            }

            @Override
            public ConferenceKind fromString(String s) {
                return null;
            }
        });
        kinds.getItems().setAll(ConferenceKind.values());
        missingToggle(noDate, "noDateFilter", "library.filter.noDate");
        missingToggle(noTitle, "noTitleFilter", "library.filter.noTitle");
        count.setId("visibleCountLabel");
        count.getStyleClass().add("filter-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(text, years, kinds, noDate, noTitle, count,
                FieldNames.hiddenLabel(text, i18n.t("library.filter.text")));
    }

    private void missingToggle(ToggleButton toggle, String id, String key) {
        toggle.setText(i18n.t(key));
        toggle.setId(id);
        toggle.setTooltip(new Tooltip(i18n.t(key + ".tip")));
        toggle.setAccessibleText(i18n.t(key + ".tip"));
        toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private void initListeners() {
        text.textProperty().bindBidirectional(model.filterTextProperty());
        noDate.selectedProperty().bindBidirectional(model.onlyUndatedProperty());
        noTitle.selectedProperty().bindBidirectional(model.onlyUntitledProperty());
        model.years().addListener((ListChangeListener<Integer>) c -> refreshYears());
        refreshYears();
        years.getCheckModel().getCheckedItems().addListener((ListChangeListener<Integer>) c -> {
            List<Integer> chosen = List.copyOf(years.getCheckModel().getCheckedItems());
            model.chosenYears().setAll(chosen);
            years.setTitle(title("library.filter.year", chosen.stream().sorted().map(String::valueOf).toList()));
        });
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<ConferenceKind>) c -> {
            List<ConferenceKind> chosen = List.copyOf(kinds.getCheckModel().getCheckedItems());
            model.chosenKinds().setAll(chosen);
            kinds.setTitle(chosen.size() == 1 ? i18n.kindName(chosen.get(0))
                    : title("library.filter.kind", chosen.isEmpty() ? List.of() : List.of(String.valueOf(chosen.size()))));
        });
        // the total is the library's own count: while the rest of the list is read, the rows are only its first page
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(
                model.completeProperty().get() ? "library.filter.count" : "library.filter.countLoading",
                model.visibleDocuments().size(), model.totalProperty().get()),
                model.visibleDocuments(), model.totalProperty(), model.completeProperty()));
    }

    /** "Year" when nothing is chosen, else "Year: 2020, 2021". */
    private String title(String key, List<String> chosen) {
        return chosen.isEmpty() ? i18n.t(key) : i18n.t(key) + ": " + String.join(", ", chosen);
    }

    /** New years after a reload; the years the user had chosen stay chosen. */
    private void refreshYears() {
        List<Integer> chosen = List.copyOf(model.chosenYears());
        years.getItems().setAll(model.years());
        chosen.stream().filter(years.getItems()::contains).forEach(years.getCheckModel()::check);
    }
}
