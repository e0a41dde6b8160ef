package dev.annals.ui.library;

import dev.annals.model.DocumentSummary;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a change of the table's rows so that the user keeps their place: the documents selected before stay
 * selected (the table clears its selection when its rows are replaced) and the top row stays on top when the user
 * had scrolled. Documents are known by id: a row read again is another record of the same document.
 */
final class KeptSelection {

    private KeptSelection() {
    }

    static void around(TableView<DocumentSummary> table, Runnable change) {
        var selection = table.getSelectionModel();
        Set<Long> chosen = selection.getSelectedItems().stream().map(DocumentSummary::id).collect(Collectors.toSet());
        DocumentSummary focused = table.getFocusModel().getFocusedItem();
        int topAt = topIndex(table);
        DocumentSummary top = topAt > 0 ? table.getItems().get(topAt) : null;
        change.run();
        List<DocumentSummary> rows = table.getItems();
        boolean selectionKept = chosen.size() == selection.getSelectedItems().size()
                && selection.getSelectedItems().stream().allMatch(d -> d != null && chosen.contains(d.id()));
        if (!chosen.isEmpty() && !selectionKept) reselect(table, chosen, focused);
        boolean topKept = top != null && topAt < rows.size() && rows.get(topAt).id() == top.id();
        if (top != null && !topKept) {
            int at = indexOf(rows, top.id());
            if (at >= 0) table.scrollTo(at);
        }
    }

    private static void reselect(TableView<DocumentSummary> table, Set<Long> chosen, DocumentSummary focused) {
        Map<Long, Integer> rowOf = new HashMap<>();
        List<DocumentSummary> rows = table.getItems();
        for (int i = 0; i < rows.size() && rowOf.size() < chosen.size(); i++) {
            if (chosen.contains(rows.get(i).id())) rowOf.put(rows.get(i).id(), i);
        }
        table.getSelectionModel().clearSelection();
        int[] indices = rowOf.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        if (indices.length == 0) return;
        table.getSelectionModel().selectIndices(indices[0], java.util.Arrays.copyOfRange(indices, 1, indices.length));
        Integer focusAt = focused == null ? null : rowOf.get(focused.id());
        if (focusAt != null) table.getFocusModel().focus(focusAt);
    }

    /** The index of the first row in view; 0 when the table is at its top or not shown yet. */
    private static int topIndex(TableView<DocumentSummary> table) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) return 0;
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null || first.getIndex() >= table.getItems().size() ? 0 : Math.max(0, first.getIndex());
    }

    private static int indexOf(List<DocumentSummary> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) return i;
        }
        return -1;
    }
}
