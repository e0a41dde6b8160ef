package dev.annals.ui.library;

import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;

/** The documents table: title, date (ordered by real date, partial dates included), source, kind, annotations. */
final class LibraryTable {

    private LibraryTable() {
    }

    static TableView<DocumentSummary> create(LibraryViewModel model, I18n i18n) {
        TableView<DocumentSummary> table = new TableView<>();
        table.setId("libraryTable");
        table.setAccessibleText(i18n.t("library.table"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Collator collator = Collator.getInstance(i18n.locale());
        Comparator<String> text = Comparator.nullsLast(collator::compare);

        TableColumn<DocumentSummary, String> title = column("title", i18n, d -> d.title() == null ? i18n.t("library.untitled") : d.title());
        title.setComparator(text);
        title.setCellFactory(c -> {
            TableCell<DocumentSummary, String> cell = cell(t -> t, Pos.CENTER_LEFT);
            // one tooltip per cell, following its text: a new one per text was made for every row at every keystroke
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(cell.textProperty());
            cell.tooltipProperty().bind(javafx.beans.binding.Bindings.when(cell.textProperty().isNull())
                    .then((javafx.scene.control.Tooltip) null).otherwise(tip));
            return cell;
        });
        title.setPrefWidth(520);
        TableColumn<DocumentSummary, PartialDate> date = column("date", i18n, DocumentSummary::date);
        date.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        date.setCellFactory(c -> cell(i18n::formatDate, Pos.CENTER_LEFT));
        date.setPrefWidth(130);
        date.setMinWidth(100);
        TableColumn<DocumentSummary, String> source = column("source", i18n, DocumentSummary::source);
        source.setComparator(text);
        source.setPrefWidth(170);
        TableColumn<DocumentSummary, ConferenceKind> kind = column("kind", i18n, DocumentSummary::kind);
        kind.setCellFactory(c -> cell(k -> i18n.kindName(k), Pos.CENTER_LEFT));
        kind.setComparator(Comparator.nullsLast(Comparator.comparing(k -> i18n.kindName(k), collator::compare)));
        kind.setPrefWidth(190);
        TableColumn<DocumentSummary, Integer> annotations = column("annotations", i18n, DocumentSummary::annotationCount);
        annotations.setCellFactory(c -> cell(String::valueOf, Pos.CENTER_RIGHT));
        annotations.setPrefWidth(110);
        annotations.setMinWidth(112);
        title.setMinWidth(160);

        table.getColumns().setAll(java.util.List.of(title, date, source, kind, annotations));
        dev.annals.ui.common.ColumnWidths.followFont(table);
        // the library is read in date order: sorted so, the rows keep it as read instead of being sorted again; any
        // other order is made once per header click, and a keystroke of the filter keeps it (see FilteredRows)
        // each sort sets a new comparator, equal to the last when only the direction changed: heard on invalidation
        table.comparatorProperty().addListener((javafx.beans.Observable o) -> model.orderBy(
                table.getSortOrder().size() == 1 && table.getSortOrder().get(0) == date
                        && date.getSortType() == TableColumn.SortType.ASCENDING ? null : table.getComparator()));
        table.setSortPolicy(t -> true); // the model orders the rows as the comparator above says
        table.setItems(model.visibleDocuments());
        model.setRowsChange(change -> KeptSelection.around(table, change));
        table.getSortOrder().add(date);
        return table;
    }

    private static <T> TableColumn<DocumentSummary, T> column(String key, I18n i18n, Function<DocumentSummary, T> value) {
        TableColumn<DocumentSummary, T> column = new TableColumn<>(i18n.t("library.column." + key));
        column.setId("column-" + key);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** A cell showing {@code format} of its value; the format must accept null (an unknown value). */
    private static <T> TableCell<DocumentSummary, T> cell(Function<T, String> format, Pos alignment) {
        TableCell<DocumentSummary, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
            }
        };
        cell.setAlignment(alignment);
        return cell;
    }
}
