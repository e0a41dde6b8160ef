package dev.annals.ui.library;

import dev.annals.model.DocumentSummary;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Puts new rows into the list the table shows as the smallest change of one piece: rows added at the end (the rest
 * of the library arrived after its first page) or taken from the end keep the rows above, their selection and the
 * scroll position; anything else replaces the rows.
 */
final class ShownRows {

    private ShownRows() {
    }

    static void replace(ObservableList<DocumentSummary> shown, List<DocumentSummary> rows) {
        int common = Math.min(shown.size(), rows.size());
        if (!samePrefix(shown, rows, common)) shown.setAll(rows);
        else if (rows.size() > common) shown.addAll(rows.subList(common, rows.size()));
        else if (shown.size() > common) shown.remove(common, shown.size());
    }

    private static boolean samePrefix(List<DocumentSummary> a, List<DocumentSummary> b, int length) {
        for (int i = 0; i < length; i++) {
            // the same records unless the list was read again (the rest after the first page)
            if (a.get(i) != b.get(i) && !a.get(i).equals(b.get(i))) return false;
        }
        return true;
    }
}
